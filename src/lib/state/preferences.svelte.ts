import { safeLocalStorage } from '../shared/safe-storage.ts';

/**
 * Reading preferences and patient-session mode for this device: text size, colours, and whether a clinician is
 * running a session with a patient. Not progress and not learner data, so never sent to an LMS; kept in this
 * browser under ONE key, `<courseId>:preferences`, next to the standalone tracker's `<courseId>:progress`.
 * Storage may be blocked (private browsing, LMS iframes): preferences then last for this page only.
 */

export const TEXT_SIZES = [
	{ id: 'standard', label: 'Standard' },
	{ id: 'large', label: 'Large' },
	{ id: 'larger', label: 'Larger' },
	{ id: 'largest', label: 'Largest' }
] as const;

export const THEMES = [
	{ id: 'auto', label: 'Automatic' },
	{ id: 'light', label: 'Light' },
	{ id: 'dark', label: 'Dark' },
	{ id: 'contrast', label: 'High contrast' }
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['id'];
export type Theme = (typeof THEMES)[number]['id'];

interface Stored {
	v: 1;
	text?: TextSize;
	theme?: Theme;
	patient?: boolean;
}

type Chosen = { textSize: TextSize; theme: Theme; patient: boolean };

const defaults = (): Chosen => ({ textSize: 'standard', theme: 'auto', patient: false });

export class Preferences {
	/** Changed only through set() and clearDevice(), which keep the stored copy in step. */
	#chosen = $state(defaults());
	readonly #prefix: string;
	readonly #key: string;
	readonly #storage: Storage | null;

	constructor(courseId: string, storage: Storage | null = safeLocalStorage()) {
		this.#prefix = `${courseId}:`;
		this.#key = `${courseId}:preferences`;
		this.#storage = storage;
		try {
			const saved = JSON.parse(storage?.getItem(this.#key) ?? 'null') as Partial<Stored> | null;
			// Anything unknown (an older or hand-edited value) falls back to the default, field by field.
			if (TEXT_SIZES.some((s) => s.id === saved?.text)) this.#chosen.textSize = saved!.text!;
			if (THEMES.some((t) => t.id === saved?.theme)) this.#chosen.theme = saved!.theme!;
			this.#chosen.patient = saved?.patient === true;
		} catch {
			/* unreadable: defaults */
		}
	}

	get textSize(): TextSize {
		return this.#chosen.textSize;
	}

	get theme(): Theme {
		return this.#chosen.theme;
	}

	/** A clinician's session with a patient: large, no scores or pass marks, ends on a teach-back summary. */
	get patient(): boolean {
		return this.#chosen.patient;
	}

	set(change: Partial<Chosen>) {
		const { textSize, theme, patient } = Object.assign(this.#chosen, change);
		const stored: Stored = { v: 1, text: textSize, theme, patient: patient || undefined };
		try {
			this.#storage?.setItem(this.#key, JSON.stringify(stored));
		} catch {
			/* full or blocked: the choice still holds for this page */
		}
	}

	/** Starts a patient session: text one step larger, unless the reader already chose a size. */
	startPatientSession() {
		this.set({ patient: true, textSize: this.textSize === 'standard' ? 'large' : this.textSize });
	}

	/** "Next patient": forgets everything this course keeps in this browser (progress, preferences, mode). */
	clearDevice() {
		try {
			const keys = Array.from({ length: this.#storage?.length ?? 0 }, (_, i) => this.#storage!.key(i));
			for (const key of keys) if (key?.startsWith(this.#prefix)) this.#storage!.removeItem(key);
		} catch {
			/* nothing stored */
		}
		this.#chosen = defaults();
	}

	/** Reflects the preferences on <html>, where global.css picks them up. */
	apply(root: HTMLElement) {
		setData(root, 'text', this.textSize === 'standard' ? null : this.textSize);
		setData(root, 'theme', this.theme === 'auto' ? null : this.theme);
		setData(root, 'patient', this.patient ? '' : null);
	}
}

function setData(root: HTMLElement, name: string, value: string | null) {
	if (value === null) delete root.dataset[name];
	else root.dataset[name] = value;
}
