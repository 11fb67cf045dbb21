/**
 * The browser's localStorage when this page may use it, else null. Private browsing, blocked third-party storage in
 * an LMS iframe, or a full quota throw on access or on the first write: callers then keep what they have in memory.
 * One probe for every part of the course that stores something (progress, LMS backup, reading preferences).
 */
export function safeLocalStorage(): Storage | null {
	try {
		const storage = globalThis.localStorage;
		const probe = '__probe__';
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		return null;
	}
}
