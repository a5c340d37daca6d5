// Reads QR codes from the tablet camera with jsQR (Chromium on Linux and most tablets have no BarcodeDetector).
// jsQR is loaded only here, so a tablet that is already signed in never downloads it.

let decoder = null;

function loadDecoder() {
  decoder ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = 'vendor/jsQR.js';
    script.onload = () => resolve(window.jsQR);
    script.onerror = () => {
      decoder = null;
      reject(new Error('jsQR'));
    };
    document.head.append(script);
  });
  return decoder;
}

/** Why the camera cannot be used, in words for the deputy; null when it can be tried. */
export function cameraUnavailable() {
  if (!window.isSecureContext)
    return '当前连接不安全，浏览器不允许使用摄像头。请先安装会场根证书并通过 https 地址打开本页，或手动输入凭证码。';
  if (!navigator.mediaDevices?.getUserMedia) return '此浏览器不支持摄像头扫码，请手动输入凭证码。';
  return null;
}

export function cameraProblem(error) {
  if (error?.name === 'NotAllowedError')
    return '未获准使用摄像头。请在浏览器设置中允许本页使用摄像头，或手动输入凭证码。';
  if (error?.name === 'NotFoundError' || error?.name === 'OverconstrainedError')
    return '未找到可用的摄像头，请手动输入凭证码。';
  return '摄像头无法启动，请手动输入凭证码。';
}

/** Shows the camera in `video` and calls onText(text) for every QR code seen; returns a function that stops it. */
export async function startScanner(video, onText) {
  const jsQR = await loadDecoder();
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
    audio: false,
  });
  video.srcObject = stream;
  await video.play().catch(() => {});
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let timer = 0;
  const scan = () => {
    if (video.videoWidth > 0) {
      // A 640-pixel-wide frame is enough for a credential held up to the camera, and quick on a slow tablet.
      const scale = Math.min(1, 640 / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
      if (found?.data) onText(found.data);
    }
    timer = setTimeout(scan, 200);
  };
  scan();
  return () => {
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
}
