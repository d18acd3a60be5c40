import { createContext, useContext } from 'react';

/**
 * Whether the person signed in is a manager (or the profile has no staff). The window hides
 * what a clerk cannot do; main refuses it either way.
 */
const ManagerContext = createContext(true);

export const ManagerProvider = ManagerContext.Provider;

export function useIsManager(): boolean {
  return useContext(ManagerContext);
}
