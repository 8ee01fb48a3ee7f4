/**
 * Page images as grey pixels (docai/text/raster.ts): whatever colour model, bit depth or alpha
 * a PNG, JPEG or TIFF comes in, OCR gets 8-bit grey on white paper, upright by EXIF.
 */
import sharp from 'sharp';
import { decodeImage, greyOnWhite, type Raster } from '../../docai/text/raster.ts';

const WIDTH = 60;
const HEIGHT = 40;

/** Dark grey (40) on the left half, light grey (200) on the right. */
async function halves(): Promise<sharp.Sharp> {
  const rgb = Buffer.alloc(WIDTH * HEIGHT * 3);
  for (let y = 0; y < HEIGHT; y++)
    for (let x = 0; x < WIDTH; x++) rgb.fill(x < WIDTH / 2 ? 40 : 200, (y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3);
  return sharp(rgb, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } });
}

async function firstPage(bytes: Buffer, format: 'png' | 'jpeg' | 'tiff'): Promise<Raster> {
  for await (const raster of decodeImage(bytes, format)) return raster;
  throw new Error('no page');
}

const at = (raster: Raster, x: number, y: number) => raster.grey[y * raster.width + x];

describe('decodeImage', () => {
  const cases: [string, (image: sharp.Sharp) => sharp.Sharp, 'png' | 'jpeg' | 'tiff', number][] = [
    ['RGB PNG', (i) => i.png(), 'png', 0],
    ['grey PNG', (i) => i.toColourspace('b-w').png(), 'png', 0],
    ['palette PNG', (i) => i.png({ palette: true }), 'png', 2],
    ['16-bit RGB PNG', (i) => i.toColourspace('rgb16').png(), 'png', 1],
    ['16-bit grey PNG', (i) => i.toColourspace('grey16').png(), 'png', 1],
    ['RGB JPEG', (i) => i.jpeg({ quality: 95 }), 'jpeg', 4],
    // CMYK goes through colour profiles both ways: shades shift, dark stays dark
    ['CMYK JPEG', (i) => i.toColourspace('cmyk').jpeg({ quality: 95 }), 'jpeg', 30],
    ['LZW TIFF', (i) => i.tiff({ compression: 'lzw' }), 'tiff', 0],
  ];
  it.each(cases)('%s: one 8-bit grey value per pixel, the shades kept', async (_name, encode, format, tolerance) => {
    const raster = await firstPage(await encode(await halves()).toBuffer(), format);
    expect([raster.width, raster.height, raster.grey.length]).toEqual([WIDTH, HEIGHT, WIDTH * HEIGHT]);
    expect(Math.abs(at(raster, 5, 20) - 40)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(at(raster, 55, 20) - 200)).toBeLessThanOrEqual(tolerance);
  });

  it('lays transparent parts on white paper', async () => {
    const rgba = Buffer.alloc(WIDTH * HEIGHT * 4);
    for (let i = 0; i < WIDTH * HEIGHT; i++) rgba.set(i % WIDTH < WIDTH / 2 ? [0, 0, 0, 0] : [0, 0, 0, 128], i * 4);
    const png = await sharp(rgba, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } }).png().toBuffer();
    const raster = await firstPage(png, 'png');
    expect(at(raster, 5, 20)).toBe(255); // fully transparent black is paper
    expect(at(raster, 55, 20)).toBe(127); // half transparent black is mid grey
  });

  it('turns a JPEG upright by its EXIF orientation', async () => {
    const jpeg = await (await halves()).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const raster = await firstPage(jpeg, 'jpeg');
    expect([raster.width, raster.height]).toEqual([HEIGHT, WIDTH]);
    // turned clockwise: the dark left half is now the top
    expect(at(raster, 20, 5)).toBeLessThan(60);
    expect(at(raster, 20, 55)).toBeGreaterThan(180);
  });
});

describe('greyOnWhite', () => {
  it('gives Rec. 601 luma for RGB and RGBA alike, and full alpha changes nothing', () => {
    const rgb = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 10, 20, 30, 255]);
    const expected = [76, 149, 28, 18];
    expect([...greyOnWhite(rgb, 4, 3)]).toEqual(expected);
    expect([...greyOnWhite(rgba, 4, 4)]).toEqual(expected);
    expect([...greyOnWhite(rgba.subarray(0), 4, 4)]).toEqual(expected);
  });

  it('reads an RGBA buffer that does not start on a 4-byte boundary', () => {
    const shifted = new Uint8Array(17);
    shifted.set([0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0, 100, 100, 100, 255], 1);
    expect([...greyOnWhite(shifted.subarray(1), 4, 4)]).toEqual([0, 255, 255, 100]);
  });

  it('names a channel count it does not know', () => {
    expect(() => greyOnWhite(new Uint8Array(10), 2, 5)).toThrow('5 Farbkanäle');
  });
});
