/**
 * The LMS preview page's entry point (served by scripts/preview/start-preview.ts): a simulated LMS for the course
 * packages. It does what an LMS player does — loads scorm-again (the LMS-side runtime), reads the package's manifest,
 * seeds the data model and launches the SCO in an iframe from a deep path — and shows the data model live beside a
 * log of every API call. This module wires the parts together and starts the first launch.
 *
 * Native ES modules, TypeScript served as JavaScript by the preview server (types stripped on the fly): no build step.
 */

import { setupChrome, showProblem } from './chrome.ts';
import { packagePath, V, version } from './config.ts';
import { $, h } from './dom.ts';
import { markReady, previewLms } from './hook.ts';
import { appendLogRow } from './log-view.ts';
import { readManifest } from './manifest.ts';
import { render, scheduleRender } from './render.ts';
import { launch } from './session.ts';
import { note, state, subscribe } from './state.ts';
import { renderPackage } from './tables.ts';

subscribe({ logged: appendLogRow, changed: (now) => (now ? render() : scheduleRender()) });
(window as unknown as { previewLms: typeof previewLms }).previewLms = previewLms;

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const s = h('script', { src });
		s.addEventListener('load', () => resolve());
		s.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
		document.head.append(s);
	});
}

async function main(): Promise<void> {
	setupChrome();
	try {
		await loadScript(`/vendor/scorm-again/${V.script}`);
	} catch (err) {
		showProblem(String(err));
		return;
	}
	try {
		state.manifest = await readManifest(version, packagePath);
	} catch (err) {
		state.manifest = null;
		showProblem(`No readable imsmanifest.xml at ${packagePath} (${err instanceof Error ? err.message : err}).`);
		return;
	}
	const { manifest } = state;
	renderPackage();
	$('course').setAttribute('title', `Course: ${manifest.title || 'SCORM package'} (${V.label})`);
	$('launch-url').textContent = packagePath + manifest.launchHref;
	for (const w of manifest.warnings) note(`Manifest: ${w}`, 'warning');
	if (new URLSearchParams(location.search).has('faults')) await import('./faults.js'); // an LMS that fails on purpose
	await launch();
	document.documentElement.dataset.previewReady = 'true';
	markReady();
}

void main();
