import QRCode from 'qrcode';

/** The join link as an SVG QR code, drawn on the server (no script on the projector needed), black on white. */
export function joinQrSvg(joinUrl: string): Promise<string> {
	return QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
}
