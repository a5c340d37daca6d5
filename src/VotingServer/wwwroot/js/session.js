// The staff credential is kept for this browser tab only (sessionStorage), one per role, until 「退出」.

const key = (role) => `pc.credential.${role}`;

export const storedCode = (role) => sessionStorage.getItem(key(role));
export const rememberCode = (role, code) => sessionStorage.setItem(key(role), code);
export const forgetCode = (role) => sessionStorage.removeItem(key(role));

/** The sitting a page works on, remembered for the tab so a reload stays on it. */
export const storedSitting = (page) => Number(sessionStorage.getItem(`pc.sitting.${page}`)) || null;
export const rememberSitting = (page, id) => sessionStorage.setItem(`pc.sitting.${page}`, String(id));
