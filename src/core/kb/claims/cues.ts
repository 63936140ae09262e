/** Words that say how a sentence states a number: which end of a limit, or that it is not a claim about today. */
import { phraseSet } from './words';

/** "by default" -> the default row. */
export const DEFAULT_CUES = phraseSet(['default', 'by default', 'defaults to', 'out of the box', 'unless you change', 'initially', 'standard value']);
/** "at least" -> the minimum row. */
export const MIN_CUES = phraseSet(['min', 'minimum', 'starts at', 'at least', 'as low as', 'lowest', 'smallest', 'no less than', 'not less than', 'shortest', 'as little as']);
/** "up to" -> the maximum row. */
export const MAX_CUES = phraseSet([
  'max', 'maximum', 'up to', 'upto', 'at most', 'limit', 'limited', 'cap', 'capped', 'no more than', 'not more than', 'exceed', 'longest', 'largest',
  'biggest', 'highest', 'most', 'ceiling', 'quota', 'only', 'stop', 'stops', 'after', 'allow', 'allows', 'allowed', 'until', 'within', 'less than',
  'longer than', 'larger than', 'bigger than', 'more than', 'hard limit', 'cutoff', 'cut off', 'can', 'cannot', 'can run', 'support', 'supports',
  'maxes out', 'max out', 'tops out', 'top out', 'as high as', 'grow to', 'go up to', 'goes up to', 'capped', 'hold up to', 'no more',
]);
/** The sentence tells history or an example, not today's limit. */
export const HISTORY_CUES = phraseSet([
  'used to', 'was', 'were', 'previously', 'formerly', 'old limit', 'older', 'before', 'raised from', 'increased from', 'changed from', 'up from',
  'no longer', 'legacy', 'in the past', 'originally', 'went from', 'until recently', 'had been', 'back then',
]);
/** Configuration, not a limit ("set the timeout to 30 s", "my function uses 512 MB"); ignored when a limit cue is there. */
export const CONFIG_CUES = phraseSet(['set', 'setting', 'configure', 'configured', 'my', 'our', 'we', 'i', 'e.g', 'example', 'for instance', 'suppose', 'say', 'recommend', 'recommended', 'should', 'typical', 'typically', 'usually', 'average', 'cost', 'costs', 'price', 'billed', 'per']);
/** A runtime said to be current ("python3.9 is still supported", "Node 18 is the latest"). */
export const RUNTIME_CURRENT_CUES = phraseSet(['supported', 'latest', 'newest', 'current', 'recommended', 'maintained']);
/** The sentence already speaks of a runtime's end or of moving off it: not judged. */
export const RUNTIME_END_CUES = phraseSet([
  'deprecated', 'deprecation', 'deprecate', 'eol', 'end of life', 'end of support', 'blocked', 'block', 'retired', 'retire', 'sunset', 'upgrade', 'migrate',
  'move', 'replace', 'replaced', 'successor', 'instead', 'outdated', 'old', 'older', 'snapstart', 'edge', 'lambda@edge',
]);
/** The writer's own setup ("I still use python3.9"): not judged, unless they recommend it. */
export const RUNTIME_PERSONAL_CUES = phraseSet(['i', 'my', 'we', "we're", 'our', 'us', 'project', 'app']);
/** A runtime recommended for new work ("for Go I still pick go1.x", "I'd recommend nodejs20.x"). */
export const RUNTIME_RECOMMEND_CUES = phraseSet(['pick', 'choose', 'go with', 'recommend', 'prefer', 'default to', 'start with', 'best choice', 'use for new', 'for new function', 'for new project']);
