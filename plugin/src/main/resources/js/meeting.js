/*
 * Planprocess: the meeting panel's forms. The macro renders the decisions and actions as HTML and, for users who may
 * edit the page, the forms hidden; this script shows them and posts JSON (same origin, XSRF header) to
 * /rest/planprocess/1.0/meetings/{pageId}. A refusal is shown next to the field it names; without JavaScript the
 * decisions and actions stay readable and nothing can be changed.
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

    function init(root) {
        if (root.getAttribute('data-pp-ready') || root.getAttribute('data-can-edit') !== 'true') {
            return;
        }
        root.setAttribute('data-pp-ready', 'true');
        Array.prototype.forEach.call(root.querySelectorAll('.pp-js-only'), function (element) {
            element.hidden = false;
        });
        var message = root.querySelector('.pp-message');
        var rest = root.getAttribute('data-rest');
        var busy = false;

        function say(value, isError) {
            message.textContent = value;
            message.classList.toggle('pp-message--error', !!isError);
        }

        function clearErrors(form) {
            Array.prototype.forEach.call(form.querySelectorAll('.pp-field-error'), function (error) {
                error.textContent = '';
            });
            Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
                field.removeAttribute('aria-invalid');
            });
        }

        function send(path, body, form) {
            if (busy) {
                return;
            }
            busy = true;
            say(AJS.I18n.getText('planprocess.meeting.js.saving'), false);
            post(rest + path, body).then(function (result) {
                busy = false;
                if (result.ok) {
                    say(AJS.I18n.getText('planprocess.meeting.js.saved'), false);
                    window.location.reload();
                    return;
                }
                var problem = (result.data && result.data.message) || AJS.I18n.getText('planprocess.meeting.js.error');
                var fieldError = form && result.data && result.data.field
                    ? form.querySelector('.pp-field-error[data-field="' + result.data.field + '"]') : null;
                if (fieldError) {
                    fieldError.textContent = problem;
                    var input = form.querySelector('[name="' + result.data.field + '"]');
                    if (input) {
                        input.setAttribute('aria-invalid', 'true');
                        input.focus();
                    }
                    say(problem, true);
                } else {
                    say(problem, true);
                }
            }, function () {
                busy = false;
                say(AJS.I18n.getText('planprocess.meeting.js.error'), true);
            });
        }

        Array.prototype.forEach.call(root.querySelectorAll('form[data-path]'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                clearErrors(form);
                var body = {};
                Array.prototype.forEach.call(form.querySelectorAll('[name]'), function (field) {
                    body[field.name] = field.value;
                });
                send(form.getAttribute('data-path'), body, form);
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.pp-action-done'), function (button) {
            button.addEventListener('click', function () {
                send('/actions/' + encodeURIComponent(button.getAttribute('data-action')) + '/done', {}, null);
            });
        });
    }

    function initAll() {
        Array.prototype.forEach.call(document.querySelectorAll('.pp-meeting-records[data-rest]'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());
