/*
 * Planprocess: the calendar link macro (planprocess-calendar-link). The server renders the instructions and the
 * viewer's links; this script makes a new link (POST /rest/planprocess/1.0/calendar/tokens, JSON, same origin),
 * shows it once in a field to copy, and revokes a link (DELETE …/tokens/{id}). Every outcome is announced in the
 * macro's status line. The secret is in the answer to the POST only; it is never stored in the page.
 */
(function () {
    'use strict';

    var TOKENS = '/rest/planprocess/1.0/calendar/tokens';

    function contextPath() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function call(method, url, body) {
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: { 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check' }
        };
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(contextPath() + url, options).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (data) {
                return { ok: response.ok, data: data };
            });
        });
    }

    function say(root, message, error) {
        var status = root.querySelector('.pp-calendar__status');
        status.classList.toggle('pp-calendar__status--error', !!error);
        status.textContent = message;
    }

    function feedUrl(root, base) {
        var query = [];
        ['cycle', 'committee', 'lang'].forEach(function (name) {
            var value = root.getAttribute('data-' + name);
            if (value) {
                query.push(name + '=' + encodeURIComponent(value));
            }
        });
        return base + (query.length ? '?' + query.join('&') : '');
    }

    function formatted(root, iso) {
        var locale = root.getAttribute('data-lang') === 'en' ? 'en-GB' : 'sv-SE';
        try {
            return new Date(iso).toLocaleString(locale, {
                timeZone: 'Europe/Stockholm', dateStyle: 'medium', timeStyle: 'short'
            });
        } catch (e) {
            return iso;
        }
    }

    function showLinks(root, tokens) {
        var list = root.querySelector('.pp-calendar__links');
        var revokeText = root.getAttribute('data-revoke-text');
        var createdText = root.getAttribute('data-created-text');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        tokens.forEach(function (token) {
            var when = formatted(root, token.createdAt);
            var item = document.createElement('li');
            item.className = 'pp-calendar__link';
            item.setAttribute('data-id', String(token.id));
            var created = document.createElement('span');
            created.className = 'pp-calendar__created';
            created.textContent = createdText + ' ' + when;
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button aui-button-link pp-calendar__revoke';
            button.textContent = revokeText;
            var hidden = document.createElement('span');
            hidden.className = 'pp-visually-hidden';
            hidden.textContent = ' (' + when + ')';
            button.appendChild(hidden);
            item.appendChild(created);
            item.appendChild(document.createTextNode(' '));
            item.appendChild(button);
            list.appendChild(item);
        });
        root.querySelector('.pp-calendar__none').hidden = tokens.length > 0;
    }

    function copy(root) {
        var field = root.querySelector('.pp-calendar__url');
        field.focus();
        field.select();
        var copied = function () {
            say(root, AJS.I18n.getText('planprocess.calendar.copied'), false);
        };
        var fallback = function () {
            var done = false;
            try {
                done = document.execCommand('copy');
            } catch (e) {
                done = false;
            }
            if (done) {
                copied();
            } else {
                say(root, AJS.I18n.getText('planprocess.calendar.copy.manual'), false);
            }
        };
        if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(field.value).then(copied, fallback);
        } else {
            fallback();
        }
    }

    function enhance(root) {
        if (root.getAttribute('data-pp-enhanced') === 'true') {
            return;
        }
        root.setAttribute('data-pp-enhanced', 'true');
        var firstRevoke = root.querySelector('.pp-calendar__revoke');
        root.setAttribute('data-revoke-text', firstRevoke ? firstRevoke.firstChild.textContent
            : AJS.I18n.getText('planprocess.calendar.revoke'));
        root.setAttribute('data-created-text', AJS.I18n.getText('planprocess.calendar.created'));
        var create = root.querySelector('.pp-calendar__create-button');
        create.addEventListener('click', function () {
            var replace = root.querySelector('.pp-calendar__replace').checked;
            create.disabled = true;
            say(root, AJS.I18n.getText('planprocess.calendar.creating'), false);
            call('POST', TOKENS, { replace: replace }).then(function (result) {
                create.disabled = false;
                if (!result.ok) {
                    say(root, result.data.message || AJS.I18n.getText('planprocess.calendar.error.network'), true);
                    return;
                }
                var result_ = root.querySelector('.pp-calendar__result');
                var field = root.querySelector('.pp-calendar__url');
                field.value = feedUrl(root, result.data.url);
                root.setAttribute('data-shown-id', String(result.data.id));
                result_.hidden = false;
                showLinks(root, result.data.tokens || []);
                say(root, replace ? AJS.I18n.getText('planprocess.calendar.created.replaced')
                    : AJS.I18n.getText('planprocess.calendar.created.new'), false);
                field.focus();
                field.select();
            }, function () {
                create.disabled = false;
                say(root, AJS.I18n.getText('planprocess.calendar.error.network'), true);
            });
        });
        root.querySelector('.pp-calendar__copy').addEventListener('click', function () {
            copy(root);
        });
        root.querySelector('.pp-calendar__links').addEventListener('click', function (event) {
            var button = event.target.closest('.pp-calendar__revoke');
            if (!button) {
                return;
            }
            var item = button.closest('.pp-calendar__link');
            button.disabled = true;
            call('DELETE', TOKENS + '/' + encodeURIComponent(item.getAttribute('data-id'))).then(function (result) {
                if (!result.ok) {
                    button.disabled = false;
                    say(root, result.data.message || AJS.I18n.getText('planprocess.calendar.error.network'), true);
                    return;
                }
                showLinks(root, result.data.tokens || []);
                if (root.getAttribute('data-shown-id') === item.getAttribute('data-id')) {
                    root.querySelector('.pp-calendar__url').value = '';
                    root.querySelector('.pp-calendar__result').hidden = true;
                    root.removeAttribute('data-shown-id');
                }
                say(root, AJS.I18n.getText('planprocess.calendar.revoked'), false);
                root.querySelector('.pp-calendar__create-button').focus();
            }, function () {
                button.disabled = false;
                say(root, AJS.I18n.getText('planprocess.calendar.error.network'), true);
            });
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.pp-calendar[data-lang]'), enhance);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
