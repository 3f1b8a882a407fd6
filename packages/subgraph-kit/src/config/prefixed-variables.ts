/**
 * A service's variables, each read with the service's prefix (`DJI_PORT`) or else without it
 * (`PORT`), the prefixed one winning, so several services can share one environment file.
 */
export interface PrefixedVariables {
  /** The value of `<PREFIX>_<key>`, or else of `<key>`. */
  readonly valueOf: (key: string) => string | undefined;
  /** The variable a message should name: the one set, the prefixed one when neither is. */
  readonly nameOf: (key: string) => string;
}

export function prefixedVariables(env: NodeJS.ProcessEnv, prefix: string): PrefixedVariables {
  const prefixed = (key: string) => `${prefix}_${key}`;
  return {
    valueOf: (key) => env[prefixed(key)] ?? env[key],
    nameOf: (key) => (env[prefixed(key)] === undefined && env[key] !== undefined ? key : prefixed(key)),
  };
}
