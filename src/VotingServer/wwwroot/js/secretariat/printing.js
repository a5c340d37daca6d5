// The credential sheet (代表证) comes back from the server as an A4 HTML page. It opens in a new window as a print
// preview: the cards as they will print, with a 打印 button above them (not printed).

/**
 * Issues fresh credentials (revoking the old ones) to the named deputies, or to every current deputy, and opens
 * the sheet. The window is opened at once, within the click that asked for it, or the browser would block it as a
 * pop-up.
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
    showSheet(sheet, html);
  } catch (error) {
    sheet.close();
    throw error;
  }
}

/** Writes the sheet into its window and wires its 打印 button (the sheet carries no script of its own). */
function showSheet(sheet, html) {
  const page = sheet.document;
  page.open();
  page.write(html);
  page.close();
  const print = page.querySelector('[data-print]');
  print?.addEventListener('click', () => sheet.print());
  print?.focus();
}
