/** The config file's name: found by src/config/load.ts, passed over as a plan by folder searches. */
export const CONFIG_FILE = 'jusou.config.yaml';
