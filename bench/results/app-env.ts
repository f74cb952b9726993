/** `$env/dynamic/private` for the bench: the process's environment, as adapter-node gives it. */
export const env = process.env as Record<string, string | undefined>;
