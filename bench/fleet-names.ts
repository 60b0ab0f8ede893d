// The fleet's objects, by index (1..N): Knative Service app-NNNNN with its dark revision
// app-NNNNN-v2, measured by experiment fleet-NNNNN. The exposition process derives the same names.

export const serviceName = (index: number): string => `app-${String(index).padStart(5, '0')}`;
export const darkRevision = (index: number): string => `${serviceName(index)}-v2`;
export const experimentName = (index: number): string => `fleet-${String(index).padStart(5, '0')}`;
