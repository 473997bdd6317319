/*
 * Planprocess: the feedback report wizard in Confluence's Create dialog. The dialog-page template
 * (template-key Planprocess.Blueprints.reportWizard) is this plain function returning HTML; the choices are filled
 * from /rest/planprocess/1.0/reports/wizard and a second report for the same committee and cycle is refused with a
 * link to the existing one; when the user may not see that report (restricted, or in the trash), the refusal says so
 * in the user's language, without its title or link (GET /reports/existing answers visible: false).
 */
(function () {
    'use strict';

    var WEB_ITEM = '${plugin.key}:report-blueprint-item';
    var PAGE_ID = 'reportWizardPage';


    function contextPath() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function escapeHtml(value) {
        return String(value).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    function getJson(path) {
        return fetch(contextPath() + path, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) { return response.json(); });
    }

    var Planprocess = window.Planprocess = window.Planprocess || {};
    Planprocess.Blueprints = Planprocess.Blueprints || {};
    Planprocess.Blueprints.reportWizard = function () {
        return '<form class="pp-wizard" action="#" method="post" novalidate>'
            + '<p class="pp-wizard__loading" role="status">' + escapeHtml(AJS.I18n.getText('planprocess.wizard.report.loading')) + '</p>'
            + '<div class="pp-field"><label for="pp-wizard-committee">' + escapeHtml(AJS.I18n.getText('planprocess.wizard.report.committee'))
            + '</label><select id="pp-wizard-committee" name="committeeId" required aria-required="true"></select></div>'
            + '<div class="pp-field"><label for="pp-wizard-cycle">' + escapeHtml(AJS.I18n.getText('planprocess.wizard.report.cycle'))
            + '</label><select id="pp-wizard-cycle" name="cycleId" required aria-required="true"></select></div>'
            + '<div class="pp-wizard__message" role="alert" aria-live="assertive"></div>'
            + '</form>';
    };

    var check = { key: null, pending: null, result: null };

    function fill(select, items, selectedId, describe) {
        select.innerHTML = '<option value="">' + escapeHtml(AJS.I18n.getText('planprocess.wizard.report.choose')) + '</option>';
        items.forEach(function (item) {
            var option = document.createElement('option');
            option.value = String(item.id);
            option.textContent = describe(item);
            option.selected = selectedId !== null && selectedId !== undefined && String(item.id) === String(selectedId);
            select.appendChild(option);
        });
    }

    function showMessage(root, result) {
        var box = root.querySelector('.pp-wizard__message');
        box.innerHTML = '';
        if (!result) {
            return;
        }
        var paragraph = document.createElement('p');
        paragraph.textContent = result.message || '';
        box.appendChild(paragraph);
        if (result.url) {
            var link = document.createElement('a');
            link.href = contextPath() + result.url;
            link.textContent = AJS.I18n.getText('planprocess.wizard.report.open') + ': ' + result.title;
            box.appendChild(link);
        }
    }

    function checkExisting(root) {
        var committee = root.querySelector('#pp-wizard-committee').value;
        var cycle = root.querySelector('#pp-wizard-cycle').value;
        check.key = committee + ':' + cycle;
        check.result = null;
        showMessage(root, null);
        if (!committee || !cycle) {
            check.pending = null;
            return;
        }
        var key = check.key;
        check.pending = getJson('/rest/planprocess/1.0/reports/existing?committeeId=' + encodeURIComponent(committee)
            + '&cycleId=' + encodeURIComponent(cycle)).then(function (data) {
            if (check.key === key) {
                check.result = data;
                check.pending = null;
                if (data.exists) {
                    showMessage(root, data);
                }
            }
        });
    }

    function register(wizard) {
        wizard.on('post-render.' + PAGE_ID, function (event, state) {
            var root = state.$container[0];
            var spaceKey = (state.wizardData && state.wizardData.spaceKey)
                || (window.AJS && AJS.params && AJS.params.spaceKey) || '';
            getJson('/rest/planprocess/1.0/reports/wizard?spaceKey=' + encodeURIComponent(spaceKey)).then(function (data) {
                fill(root.querySelector('#pp-wizard-committee'), data.committees || [], data.defaultCommitteeId,
                    function (committee) { return committee.name; });
                fill(root.querySelector('#pp-wizard-cycle'), data.cycles || [], data.defaultCycleId, function (cycle) {
                    return cycle.current ? cycle.name + ' (' + AJS.I18n.getText('planprocess.wizard.report.current') + ')' : cycle.name;
                });
                root.querySelector('.pp-wizard__loading').hidden = true;
                checkExisting(root);
            });
            root.querySelector('#pp-wizard-committee').addEventListener('change', function () { checkExisting(root); });
            root.querySelector('#pp-wizard-cycle').addEventListener('change', function () { checkExisting(root); });
        });
        wizard.on('submit.' + PAGE_ID, function (event, state) {
            var root = state.$container[0];
            var committee = state.pageData.committeeId;
            var cycle = state.pageData.cycleId;
            if (!committee || !cycle) {
                showMessage(root, { message: AJS.I18n.getText('planprocess.wizard.report.required') });
                event.preventDefault();
                return false;
            }
            if (check.pending || check.key !== committee + ':' + cycle) {
                showMessage(root, { message: AJS.I18n.getText('planprocess.wizard.report.loading') });
                if (!check.pending) {
                    checkExisting(root);
                }
                event.preventDefault();
                return false;
            }
            if (check.result && check.result.exists) {
                showMessage(root, check.result);
                event.preventDefault();
                return false;
            }
            return true;
        });
    }

    if (window.Confluence && Confluence.Blueprint && Confluence.Blueprint.setWizard) {
        Confluence.Blueprint.setWizard(WEB_ITEM, register);
    }
}());
