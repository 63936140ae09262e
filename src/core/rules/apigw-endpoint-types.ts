/** The API Gateway endpoint types (api-gateway-api-endpoint-types.html), shared by the endpoint rules. */
export const ENDPOINT_TYPES = ['EDGE', 'REGIONAL', 'PRIVATE'] as const;

/** The endpoint type a value names, compared case-insensitively (the Serverless Framework accepts `regional`). */
export function endpointTypeOf(value: string): (typeof ENDPOINT_TYPES)[number] | undefined {
  return ENDPOINT_TYPES.find((t) => t === value.trim().toUpperCase());
}
