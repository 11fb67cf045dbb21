import type { Cmi5Params } from './launch.ts';

/**
 * The few xAPI calls a cmi5 AU makes, over `fetch` (a client library cost more than the whole adapter: see the
 * README, cmi5). The auth token comes once from the launch's one-time `fetch` URL (spec 8.2) and goes in the
 * Authorization header of every call after it. A failed call throws its HTTP status (0: no answer, a network failure).
 */

export type Query = Record<string, string>;

/** Whether trying again can help: no answer, a timeout, too many requests, a server error. A 4xx is a refusal for good. */
export const retryable = (status: unknown): boolean => status === 0 || status === 408 || status === 429 || (typeof status === 'number' && status >= 500);

export class Lrs {
	#auth = '';
	readonly #params: Cmi5Params;
	readonly #fetch: typeof fetch;

	constructor(params: Cmi5Params, fetchFn: typeof fetch = (...args) => fetch(...args)) {
		this.#params = params;
		this.#fetch = fetchFn;
	}

	/** POSTs to the fetch URL once; a token already given is kept (a retry after a failure elsewhere reuses it). */
	async token(): Promise<void> {
		if (this.#auth) return;
		const token: unknown = ((await (await this.#send(this.#params.fetch, { method: 'POST' })).json()) as Record<string, unknown>)['auth-token'];
		// An error-code instead (1: already used or expired) cannot pass by trying again.
		if (typeof token !== 'string') throw 403;
		this.#auth = `Basic ${token}`;
	}

	/** GETs a document (state, agent profile): its JSON, or null when there is none (404). */
	async get(resource: string, query: Query): Promise<unknown> {
		try {
			return await (await this.send('GET', resource, query)).json();
		} catch (status) {
			if (status === 404) return null;
			throw status;
		}
	}

	/** PUTs a JSON document, POSTs statements, GETs. `keepalive`: the page is closing, the request must outlive it. */
	send(method: string, resource: string, query: Query, body?: unknown, keepalive = false): Promise<Response> {
		const headers = { Authorization: this.#auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
		const init = { method, headers, body: body && JSON.stringify(body), keepalive } as RequestInit;
		return this.#send(`${this.#params.endpoint}${resource}?${new URLSearchParams(query)}`, init);
	}

	async #send(url: string, init: RequestInit): Promise<Response> {
		let response: Response;
		try {
			response = await this.#fetch(url, { ...init, cache: 'no-store' });
		} catch {
			throw 0;
		}
		if (!response.ok) throw response.status;
		return response;
	}
}
