import { describe, expect, it } from 'vitest';
import { classifyListing, type DeviceKind } from '../../../src/retail/classify';
import { HAS_SHARED, listingRows } from './shared-fixtures';

/**
 * Rows of the shared listings that name a device, by the start of their text. Every row whose
 * note says NEAR-MISS must not be a device. The remaining rows are prose or bare specs without a
 * product word ("140 needles per stamp", "Depth settings 11 settings"): not a device on their own.
 */
const DEVICE_ROWS: Record<string, DeviceKind> = {
  'Key Features 0.5mm needle length': 'device',
  'Product Details Product Type: Derma Roller': 'roller',
  'What’s in the Box 1 × Derma Roller': 'roller',
  'Derma Roller 0.5mm with 540 Micro Needle': 'roller',
  'Dr. Pen N2 Recargable': 'pen',
  'Micro needle roller for collagen': 'roller',
  'Genosys DTS Microneedle Stamp': 'stamp',
  'Because I am looking to reduce': 'roller',
  'C-8 (Cosmetic type)': 'roller',
  'A microneedling roller made for facial use': 'roller',
  'Unlike a microneedling roller': 'roller',
  'DIY dermarollers': 'roller',
  'ZGTS-192-Gold-Derma-Roller-0-5mm': 'roller',
  '192 precision microneedles': 'device',
  'ZGTS Derma Roller,192 Needle': 'roller',
  'The ZGTS 192 Gold Derma Roller System': 'roller',
  'Microneedling Kit with Titanium Heads': 'roller',
};

describe.skipIf(!HAS_SHARED)('classifier over the real listing strings', () => {
  const rows = listingRows();
  it.each(rows.map((r) => [r.text.slice(0, 70), r] as const))('%s', (_, row) => {
    const c = classifyListing(row.text);
    const kind = Object.entries(DEVICE_ROWS).find(([p]) => row.text.startsWith(p))?.[1];
    if (kind) expect({ device: c.device, kind: c.kind }).toEqual({ device: true, kind });
    else expect(c.device, `${c.why}`).toBe(false);
    if (row.note.includes('NEAR-MISS')) expect(kind).toBeUndefined();
  });
});

const CASES: [string, DeviceKind | null][] = [
  // devices, four languages
  ['Derma Roller 0.25mm 540 Titanium Microneedles for Face', 'roller'],
  ['Dermaroller 0,5 mm Mikronadeln aus Titan', 'roller'],
  ['Rodillo dermaroller 0,5 mm 540 microagujas de titanio', 'roller'],
  ['Rodillo de microagujas 0,25 mm para cara', 'roller'],
  ['Rouleau à micro-aiguilles 0,25 mm en titane', 'roller'],
  ['Mikronadel-Roller 0,25 mm', 'roller'],
  ['Derma Stamp 0.5mm 140 Needles', 'stamp'],
  ['Sello de microagujas 0,5 mm', 'stamp'],
  ['Tampon à micro-aiguilles', 'stamp'],
  ['Dr. Pen Ultima A6 Microneedling Pen with 2 Cartridges', 'pen'],
  ['Derma Pen Auto Microneedle System 0.25-2.5mm', 'pen'],
  ['Stylo microneedling électrique sans fil', 'pen'],
  ['Bolígrafo de microagujas eléctrico', 'pen'],
  ['Microneedling Pen kabellos 0,25-2,5 mm', 'pen'],
  ['Dermapen 4 Professional', 'pen'],
  ['Cartridges for Dr. Pen A6 12 pin (10 pcs)', 'cartridge'],
  ['Dr. Pen A6 Cartridges 16 Pin 10 Pack', 'cartridge'],
  ['Cartuchos para Dermapen 36 agujas', 'cartridge'],
  ['Cartouches pour stylo de microneedling', 'cartridge'],
  ['Kartuschen für Dermapen, 12 Nadeln', 'cartridge'],
  ['Derma Roller Kit with Hyaluronic Serum', 'roller'],
  ['Derma Roller 0.25mm with Storage Case', 'roller'],
  ['Hair Growth Kit for Men: Derma Roller 0.5mm', 'roller'],
  ['Beard Derma Roller 0.25mm', 'roller'],
  ['Fractional RF Microneedling Machine', 'pen'],
  // not devices
  ['Jade Roller and Gua Sha Set', null],
  ['Rose Quartz Face Roller', null],
  ['Ice Roller for Face and Eyes', null],
  ['Lint Roller Refills 5 Pack', null],
  ['Paint Roller 9 inch', null],
  ['Foam Roller for Back', null],
  ['Rodillo quitapelusas', null],
  ['Rouleau de peinture 180 mm', null],
  ['Farbroller Set', null],
  ['Insulin Pen Needles 32G 4mm', null],
  ['Mesotherapy Pen Needles 32G 4mm', null],
  ['Aiguilles pour stylo à insuline 4 mm', null],
  ['Pen-Nadeln für Insulinpens 31G 5 mm', null],
  ['Agujas para pluma de insulina 4mm', null],
  ['Hyaluronic Acid Serum for Microneedling', null],
  ['Numbing Cream for Derma Roller', null],
  ['Crema anestésica para microagujas', null],
  ['Sérum pour microneedling', null],
  ['Betäubungscreme für Dermaroller', null],
  ['Derma Roller Cleaner Spray', null],
  ['Derma Roller Storage Case', null],
  ['LED Face Mask for use after microneedling', null],
  ['Microneedling: The Complete Guide (Paperback)', null],
  ['Tattoo Needle Cartridges 0.35mm', null],
  ['Hair Roller Curlers 25 mm', null],
  ['Garden Roller 50 cm', null],
  ['', null],
];

describe('classifier, project cases', () => {
  it.each(CASES)('%j -> %j', (title, kind) => {
    const c = classifyListing(title);
    expect({ device: c.device, kind: c.kind }, c.why).toEqual({ device: kind !== null, kind });
  });

  it('flags radiofrequency microneedling', () => {
    expect(classifyListing('Fractional RF Microneedling Machine').rf).toBe(true);
    expect(classifyListing('Derma Roller 0.5mm').rf).toBe(false);
  });

  it('falls back to the category path only when the title names no product type', () => {
    const path = ['Beauty', 'Tools & Accessories', 'Skin Care Tools', 'Derma Rollers'];
    expect(classifyListing('ProSkin Titanium 0.5mm 540', path)).toMatchObject({
      device: true,
      kind: 'roller',
    });
    expect(classifyListing('Jade Face Roller', path).device).toBe(false);
    expect(classifyListing('ProSkin Titanium 0.5mm 540', ['Beauty', 'Face Rollers']).device).toBe(false);
  });
});
