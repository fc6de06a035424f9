// The sign-in form: shown instead of any view while nobody is signed in.

import {api, setSession, ApiError} from './api.js';
import {h} from './dom.js';

/** A sign-in form; calls onSignedIn(session) once the server accepted the user. */
export function loginView(onSignedIn) {
    const error = h('p', {class: 'problem', id: 'login-error', role: 'alert', hidden: true});
    const name = h('input', {id: 'login-name', name: 'name', autocomplete: 'username', required: true});
    const password = h('input', {id: 'login-password', name: 'password', type: 'password',
        autocomplete: 'current-password', required: true});
    const button = h('button', {type: 'submit', class: 'primary', id: 'login-button'}, 'Sign in');
    const form = h('form', {id: 'login-form', class: 'login', onsubmit: async (event) => {
        event.preventDefault();
        button.disabled = true;
        error.hidden = true;
        try {
            const session = await api.signIn(name.value.trim(), password.value);
            setSession(session);
            onSignedIn(session);
        } catch (e) {
            error.textContent = e instanceof ApiError && e.status === 401 ? 'The user name or the password is wrong.'
                : e.message;
            error.hidden = false;
            button.disabled = false;
        }
    }},
        h('h1', {}, 'Sign in to Pageflow'),
        h('label', {for: 'login-name'}, 'User name'), name,
        h('label', {for: 'login-password'}, 'Password'), password,
        error,
        h('div', {class: 'actions'}, button));
    return {element: form};
}
