import type { Plugin } from 'vite';

/** The built-in sandbox EHR (placeholder until the sandbox lands). */
export function sandboxPlugin(): Plugin {
  return { name: 'riluzole-sandbox' };
}
