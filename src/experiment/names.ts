// Kubernetes object names as events and commands accept them.

/** A namespace or object name: lower-case alphanumerics, '-' and '.', starting and ending alphanumeric. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

export const isObjectName = (value: string): boolean => OBJECT_NAME.test(value);

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label, as Kubernetes requires of namespaces and Service names: at most 63 characters. */
export const isDnsLabel = (text: string): boolean => text.length <= 63 && DNS_1123_LABEL.test(text);
