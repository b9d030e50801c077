import sharp from 'sharp';
import { EvidenceRef } from '@hazard-ledger/domain';
import { DemoClient } from './demo-client';

/** The demo photos: a labelled picture per scene, the same bytes every start (so the same digests). */
const SCENES: Record<string, { label: string; colour: string }> = {
  a1: { label: 'ramp lighting', colour: '#6b5b3e' },
  b2: { label: 'extinguisher', colour: '#8b1e1e' },
  c3: { label: 'air door', colour: '#3e5b6b' },
  c4: { label: 'air door fixed', colour: '#2e6b3e' },
  d4: { label: 'exit blocked', colour: '#5b3e6b' },
  e5: { label: 'main fan stopped', colour: '#4a4a4a' },
};

const photoOf = (seed: string): Promise<Buffer> => {
  const { label, colour } = SCENES[seed];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="320" height="240" fill="${colour}"/>` +
    `<text x="16" y="128" font-size="28" font-family="sans-serif" fill="#fff">${label}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
};

/** Uploads the demo photos through POST /files (idempotent: the store keeps one copy) and returns what to cite. */
export const uploadDemoPhotos = async (c: DemoClient): Promise<Map<string, EvidenceRef>> => {
  const cited = new Map<string, EvidenceRef>();
  for (const seed of Object.keys(SCENES)) {
    const name = `${seed}.jpg`;
    const uploaded = await c.upload('enterprise.staff', name, await photoOf(seed));
    cited.set(seed, { hash: uploaded.hash, alg: 'sm3', name, mime: uploaded.mime });
  }
  return cited;
};
