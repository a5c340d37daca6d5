// The credential sheet (代表证) comes back from the server as an A4 HTML page; it opens in a new window to print.

/**
 * Issues fresh credentials (revoking the old ones) to the named deputies, or to every current deputy, and opens
 * the sheet. The window is opened at the click itself, or the browser would block it as a pop-up.
 */
export async function openCredentialSheet(call, sittingId, deputyNumbers = null) {
  const sheet = window.open('', '_blank');
  if (!sheet) throw new Error('浏览器阻止了新窗口，请允许本页面打开新窗口后重试。');
  sheet.document.title = '正在生成代表证…';
  try {
    const html = await call(`/api/sittings/${sittingId}/credentials/sheet`, {
      method: 'POST',
      json: { deputyNumbers },
    });
    sheet.location.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  } catch (error) {
    sheet.close();
    throw error;
  }
}
