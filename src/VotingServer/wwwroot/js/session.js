// The staff credential is kept for this browser tab only (sessionStorage), one per role, until 「退出」.

const key = (role) => `pc.credential.${role}`;

export const storedCode = (role) => sessionStorage.getItem(key(role));
export const rememberCode = (role, code) => sessionStorage.setItem(key(role), code);
export const forgetCode = (role) => sessionStorage.removeItem(key(role));

/** The sitting a page works on, remembered for the tab so a reload stays on it. */
export const storedSitting = (page) => Number(sessionStorage.getItem(`pc.sitting.${page}`)) || null;
export const rememberSitting = (page, id) => sessionStorage.setItem(`pc.sitting.${page}`, String(id));

/** The term (届) the between-sittings page works on, remembered for the tab in the same way. */
export const storedTerm = () => Number(sessionStorage.getItem('pc.term')) || null;
export const rememberTerm = (id) => sessionStorage.setItem('pc.term', String(id));
