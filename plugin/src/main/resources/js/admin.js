/*
 * The process administration page: reads the form the server rendered, saves through the REST API
 * (/rest/planprocess/1.0/admin/...) with JSON and X-Atlassian-Token, and shows a refusal next to the field the answer
 * names (aria-invalid, aria-describedby, focus), or at the top of the form when it names none (a conflict).
 */
(function () {
    'use strict';

    function ready(fn) {
        if (document.readyState !== 'loading') {
            fn();
        } else {
            document.addEventListener('DOMContentLoaded', fn);
        }
    }

    ready(function () {
        var root = document.getElementById('pp-admin');
        if (!root) {
            return;
        }
        var rest = root.getAttribute('data-rest');
        var page = root.getAttribute('data-page');
        var status = document.getElementById('pp-admin-status');

        if (/[?&]saved=1/.test(window.location.search)) {
            status.textContent = root.getAttribute('data-saved');
        }

        function call(method, path, body) {
            return fetch(rest + path, {
                method: method,
                credentials: 'same-origin',
                headers: {
                    'Content-Type': 'application/json',
                    'Accept': 'application/json',
                    'X-Atlassian-Token': 'no-check'
                },
                body: body === undefined ? undefined : JSON.stringify(body)
            }).then(function (response) {
                return response.text().then(function (text) {
                    var json = null;
                    try {
                        json = text ? JSON.parse(text) : null;
                    } catch (e) {
                        json = null;
                    }
                    return {ok: response.ok, status: response.status, body: json};
                });
            });
        }

        function clearErrors(form) {
            form.querySelectorAll('[aria-invalid="true"]').forEach(function (field) {
                field.removeAttribute('aria-invalid');
                var described = (field.getAttribute('aria-describedby') || '').split(' ')
                    .filter(function (id) { return id && id !== field.id + '-error'; });
                if (described.length) {
                    field.setAttribute('aria-describedby', described.join(' '));
                } else {
                    field.removeAttribute('aria-describedby');
                }
            });
            form.querySelectorAll('.pp-admin__error').forEach(function (error) {
                error.textContent = '';
                error.hidden = true;
            });
        }

        function showError(form, summary, answer) {
            var message = answer.body && answer.body.message ? answer.body.message : root.getAttribute('data-error-network');
            var fieldName = answer.body && answer.body.field;
            var field = null;
            if (fieldName) {
                form.querySelectorAll('[data-field]').forEach(function (candidate) {
                    if (!field && candidate.getAttribute('data-field') === fieldName) {
                        field = candidate;
                    }
                });
            }
            var error = field ? document.getElementById(field.id + '-error') : null;
            if (field && error) {
                error.textContent = message;
                error.hidden = false;
                field.setAttribute('aria-invalid', 'true');
                var described = field.getAttribute('aria-describedby');
                field.setAttribute('aria-describedby', described ? described + ' ' + error.id : error.id);
                field.focus();
            } else {
                summary.textContent = message;
                summary.hidden = false;
                summary.setAttribute('tabindex', '-1');
                summary.focus();
            }
        }

        function value(element) {
            return element ? element.value : null;
        }

        function draft(form) {
            var body = {
                version: Number(form.getAttribute('data-version')),
                nameSv: value(form.querySelector('[data-field="nameSv"]')),
                nameEn: value(form.querySelector('[data-field="nameEn"]')),
                horizonYears: Number(value(form.querySelector('[data-field="horizonYears"]'))),
                templateVersions: {},
                phases: [],
                milestones: []
            };
            form.querySelectorAll('.pp-admin__version').forEach(function (select) {
                body.templateVersions[select.getAttribute('data-kind')] = select.value;
            });
            form.querySelectorAll('.pp-admin__phase').forEach(function (row) {
                function part(name) { return row.querySelector('[data-part="' + name + '"]'); }
                body.phases.push({
                    key: row.getAttribute('data-key'),
                    nameSv: value(part('nameSv')),
                    nameEn: value(part('nameEn')),
                    start: value(part('start')),
                    end: value(part('end')),
                    parallel: part('parallel').checked
                });
            });
            form.querySelectorAll('.pp-admin__milestone').forEach(function (row) {
                function part(name) { return row.querySelector('[data-part="' + name + '"]'); }
                var committees = [];
                Array.prototype.forEach.call(part('committees').options, function (option) {
                    if (option.selected) {
                        committees.push(Number(option.value));
                    }
                });
                body.milestones.push({
                    key: row.getAttribute('data-key'),
                    nameSv: value(part('nameSv')),
                    nameEn: value(part('nameEn')),
                    date: value(part('date')),
                    phase: value(part('phase')),
                    documentKind: value(part('documentKind')) || null,
                    requiredStatus: value(part('requiredStatus')) || null,
                    committees: committees
                });
            });
            return body;
        }

        function open(id, saved) {
            window.location.assign(page + '?cycle=' + encodeURIComponent(id) + (saved ? '&saved=1' : ''));
        }

        var form = document.getElementById('pp-cycle-form');
        if (form) {
            var summary = document.getElementById('pp-cycle-error');
            var id = form.getAttribute('data-cycle');
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                clearErrors(form);
                call('PUT', '/admin/cycles/' + id, draft(form)).then(function (answer) {
                    if (answer.ok) {
                        open(id, true);
                    } else {
                        showError(form, summary, answer);
                    }
                }, function () {
                    showError(form, summary, {});
                });
            });
            var archive = document.getElementById('pp-cycle-archive');
            if (archive) {
                archive.addEventListener('click', function () {
                    if (!window.confirm(root.getAttribute('data-archive-confirm'))) {
                        return;
                    }
                    clearErrors(form);
                    call('POST', '/admin/cycles/' + id + '/archive',
                        {version: Number(form.getAttribute('data-version'))}).then(function (answer) {
                        if (answer.ok) {
                            open(id, true);
                        } else {
                            showError(form, summary, answer);
                        }
                    });
                });
            }
        }

        var created = document.getElementById('pp-admin-new-form');
        if (created) {
            created.addEventListener('submit', function (event) {
                event.preventDefault();
                clearErrors(created);
                var year = created.querySelector('[data-field="planYear"]').value;
                call('POST', '/admin/cycles', {
                    template: created.querySelector('[data-field="template"]').value,
                    planYear: /^[0-9]{1,4}$/.test(year) ? Number(year) : year
                }).then(function (answer) {
                    if (answer.ok) {
                        open(answer.body.id, true);
                    } else {
                        showError(created, document.getElementById('pp-new-error'), answer);
                    }
                });
            });
        }

        document.querySelectorAll('.pp-admin__copy').forEach(function (button) {
            button.addEventListener('click', function () {
                call('POST', '/admin/cycles/' + button.getAttribute('data-cycle') + '/copy', {}).then(function (answer) {
                    if (answer.ok) {
                        open(answer.body.id, true);
                    } else {
                        status.textContent = answer.body && answer.body.message ? answer.body.message
                            : root.getAttribute('data-error-network');
                    }
                });
            });
        });

        var settings = document.getElementById('pp-settings-form');
        if (settings) {
            settings.addEventListener('submit', function (event) {
                event.preventDefault();
                clearErrors(settings);
                call('PUT', '/admin/settings', {
                    processOwnerGroup: settings.querySelector('[data-field="processOwnerGroup"]').value
                }).then(function (answer) {
                    if (answer.ok) {
                        window.location.assign(page + '?saved=1');
                    } else {
                        showError(settings, settings.querySelector('.pp-admin__error'), answer);
                    }
                });
            });
        }
    });
}());
