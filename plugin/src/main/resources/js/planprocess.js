/*
 * Planprocess: the status macro's controls. The macro renders every fact as HTML; this script only adds the
 * controls for users who may edit the page, and posts changes as JSON (same origin, XSRF header) to
 * /rest/planprocess/1.0. Without JavaScript the facts stay readable and nothing can be changed.
 */
(function () {
    'use strict';


    function contextPath() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function post(url, body) {
        return fetch(contextPath() + url, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check'
            },
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (data) {
                return { ok: response.ok, status: response.status, data: data };
            });
        });
    }

    /* After a change the page is loaded anew; the confirmation and the focus survive the reload. */
    var SAVED_KEY = 'planprocess.saved';

    function remember(root) {
        try {
            window.sessionStorage.setItem(SAVED_KEY, root.getAttribute('data-rest'));
        } catch (e) {
            /* storage may be disabled: the reload still shows the new state */
        }
    }

    function recall(root) {
        try {
            if (window.sessionStorage.getItem(SAVED_KEY) === root.getAttribute('data-rest')) {
                window.sessionStorage.removeItem(SAVED_KEY);
                return true;
            }
        } catch (e) {
            /* storage may be disabled */
        }
        return false;
    }

    function closeDialog(dialog) {
        if (typeof dialog.close === 'function') {
            dialog.close();
        } else {
            dialog.removeAttribute('open');
            dialog.dispatchEvent(new Event('close'));
        }
    }

    function init(root) {
        if (root.getAttribute('data-pp-ready') || root.getAttribute('data-can-edit') !== 'true') {
            return;
        }
        root.setAttribute('data-pp-ready', 'true');
        Array.prototype.forEach.call(root.querySelectorAll('.pp-js-only'), function (element) {
            element.hidden = false;
        });
        var message = root.querySelector('.pp-message');
        var busy = false;

        function say(textValue, isError) {
            message.textContent = textValue;
            message.classList.toggle('pp-message--error', !!isError);
        }

        function send(path, body) {
            if (busy) {
                return;
            }
            busy = true;
            say(AJS.I18n.getText('planprocess.status.saving'), false);
            body.version = Number(root.getAttribute('data-version'));
            post(root.getAttribute('data-rest') + path, body).then(function (result) {
                busy = false;
                if (result.ok) {
                    say(AJS.I18n.getText('planprocess.status.saved'), false);
                    remember(root);
                    window.location.reload();
                } else {
                    say((result.data && result.data.message) || AJS.I18n.getText('planprocess.status.error.network'), true);
                }
            }, function () {
                busy = false;
                say(AJS.I18n.getText('planprocess.status.error.network'), true);
            });
        }

        if (recall(root)) {
            say(AJS.I18n.getText('planprocess.status.saved'), false);
            root.setAttribute('tabindex', '-1');
            root.focus();
        }

        var forward = root.querySelector('.pp-forward');
        var confirmation = forward && forward.getAttribute('data-confirm')
            ? document.getElementById(forward.getAttribute('data-confirm')) : null;
        if (forward && confirmation) {
            /* A step into "Inskickad" with sections not ready: the server-rendered dialog names them and asks. */
            var cancel = confirmation.querySelector('.pp-confirm-cancel');
            forward.addEventListener('click', function () {
                if (typeof confirmation.showModal === 'function') {
                    confirmation.showModal();
                } else {
                    confirmation.setAttribute('open', '');
                }
                cancel.focus();
            });
            cancel.addEventListener('click', function () {
                closeDialog(confirmation);
            });
            /* Esc, the cancel button or confirming: focus goes back to the button that opened the dialog. */
            confirmation.addEventListener('close', function () {
                forward.focus();
            });
            confirmation.querySelector('.pp-confirm-ok').addEventListener('click', function () {
                closeDialog(confirmation);
                send('/status', { status: forward.getAttribute('data-status'), confirmNotReadySections: true });
            });
        } else if (forward) {
            forward.addEventListener('click', function () {
                send('/status', { status: forward.getAttribute('data-status') });
            });
        }
        var back = root.querySelector('.pp-back');
        var form = root.querySelector('.pp-back-form');
        if (back && form) {
            var comment = form.querySelector('textarea');
            back.addEventListener('click', function () {
                var open = form.hidden;
                form.hidden = !open;
                back.setAttribute('aria-expanded', String(open));
                if (open) {
                    comment.focus();
                }
            });
            form.querySelector('.pp-cancel').addEventListener('click', function () {
                form.hidden = true;
                back.setAttribute('aria-expanded', 'false');
                back.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var value = comment.value.trim();
                if (!value) {
                    say(AJS.I18n.getText('planprocess.error.comment-required'), true);
                    comment.focus();
                    return;
                }
                send('/status', { status: back.getAttribute('data-status'), comment: value });
            });
        }
        Array.prototype.forEach.call(root.querySelectorAll('.pp-section-toggle'), function (button) {
            button.addEventListener('click', function () {
                send('/sections/' + encodeURIComponent(button.getAttribute('data-section')),
                    { ready: button.getAttribute('data-ready') !== 'true' });
            });
        });
    }

    function initAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.pp-status[data-rest]'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());
