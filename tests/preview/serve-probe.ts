import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview } from '../../scripts/preview/start-preview.ts';
import { writeProbePackages } from './probe-packages.ts';

/** The LMS preview with the SCO probe as both packages: `node tests/preview/serve-probe.ts [port]`. */
const port = Number(process.argv[2] ?? process.env.PORT ?? 4185);
const work = mkdtempSync(join(tmpdir(), 'lms-preview-probe-'));
writeProbePackages(work);
const preview = await startPreview(port, { distDir: work, outDir: join(work, 'unpacked') });
console.log(`LMS preview with the SCO probe: ${preview.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		rmSync(work, { recursive: true, force: true });
		process.exit(0);
	});
}
