/** Shared by the SnapStart rules: which functions turn SnapStart on. */
import { knownOptions, type KnownValue, type LambdaFunction } from '../model';

/** The value that turns SnapStart on (`ApplyOn: PublishedVersions`), each known branch of a choice. */
export function snapStartOn(fn: LambdaFunction): KnownValue<string>[] {
  return knownOptions(fn.snapStart).filter((v) => v.value === 'PublishedVersions');
}
