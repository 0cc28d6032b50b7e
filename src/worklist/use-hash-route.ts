import { useCallback, useEffect, useState } from 'react';

/** The open patient lives in the URL hash (#patient=ID), so reload and Back keep the place. */
function patientOfHash(hash: string): string | undefined {
  const m = /^#patient=(.+)$/.exec(hash);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

export function useHashRoute(): { patientId?: string; open: (id?: string) => void } {
  const [patientId, setPatientId] = useState(() => patientOfHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setPatientId(patientOfHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const open = useCallback((id?: string) => {
    window.location.hash = id ? `patient=${encodeURIComponent(id)}` : '';
    setPatientId(id);
  }, []);
  return { ...(patientId ? { patientId } : {}), open };
}
