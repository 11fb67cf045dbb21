/**
 * Names the screen in the browser tab and for screen readers: SvelteKit's route announcer reads `document.title`
 * after each navigation, once the new screen's effects have run. Setting it from an effect (instead of
 * `<svelte:head><title>`) keeps Svelte's head-management code out of the bundle; every screen names itself, so
 * no title is left over from the screen before.
 */
export function pageTitle(title: () => string | undefined): void {
	$effect(() => {
		const text = title();
		if (text) document.title = text;
	});
}
