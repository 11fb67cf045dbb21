/*
 * Offline support for the plain web course (never registered inside an LMS: see +layout.svelte).
 * The course is one index.html with everything inlined, plus two font files, so the cache is tiny.
 * Network first, always: a new build is used as soon as the network has it; the cache only answers offline.
 * Versioned by the build (`service-worker.js?v=<version>`): a new build installs a new worker, which drops the old cache.
 */
const scope = self.registration.scope;
const prefix = `course:${scope}:`;
const CACHE = prefix + new URL(location.href).searchParams.get('v');

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const page = await fetch('./index.html', { cache: 'no-store' });
			if (!page.ok) return;
			await cache.put('./index.html', page.clone());
			// The fonts are referenced from the inlined stylesheet; fetch them now so they are there offline.
			const fonts = new Set((await page.text()).match(/fonts\/[\w.-]+\.woff2/g));
			await cache.addAll([...fonts].map((path) => './' + path));
		})()
	);
	self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key.startsWith(prefix) && key !== CACHE) await caches.delete(key);
			await self.clients.claim();
		})()
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
				return response;
			} catch (offline) {
				const page = request.mode === 'navigate' ? './index.html' : request;
				const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(page, { ignoreSearch: true }));
				if (cached) return cached;
				throw offline;
			}
		})()
	);
});
