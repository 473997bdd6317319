/*
 * Planprocess: the wizards of the app's space blueprints in Confluence's Create space dialog. Each dialog-page
 * template (template-key Planprocess.SpaceBlueprints.planningSpace / .committeeSpace) is a plain function returning
 * HTML with the space's name and key (Confluence's own field names, which its create-space request reads) and, for a
 * committee room, the committee: an existing one without a space (from /rest/planprocess/1.0/spaces/committees) or a
 * new one. Before the dialog submits, the fields are checked by POST /rest/planprocess/1.0/spaces/check (writes
 * nothing); a refusal is shown next to the field it names and the dialog does not submit, so nothing is created.
 * The check is a synchronous request, as Confluence's own Confluence.Blueprint.canCreatePage is: the wizard's submit
 * handlers are synchronous.
 */
(function () {
    'use strict';

    var PLANNING_ITEM = '${plugin.key}:planning-space-item';
    var COMMITTEE_ITEM = '${plugin.key}:committee-space-item';
    var PLANNING_PAGE = 'planningSpacePage';
    var COMMITTEE_PAGE = 'committeeSpacePage';
    /* The wizard's field names (as the context carries them) and the id of the control that shows each one. */
    var FIELDS = {
        name: 'pp-space-name',
        spaceKey: 'pp-space-key',
        planprocessCommittee: 'pp-space-committee-existing',
        planprocessCommitteeId: 'pp-space-committee-id',
        planprocessCommitteeName: 'pp-space-committee-name',
        planprocessCommitteeShortName: 'pp-space-committee-shortname'
    };
    var ERROR_OF = { planprocessCommittee: 'pp-space-committee' };

    function contextPath() {
        return (window.AJS && AJS.contextPath) ? AJS.contextPath() : '';
    }

    function escapeHtml(value) {
        return String(value).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    function textField(id, name, label, hint) {
        var describedBy = id + '-error' + (hint ? ' ' + id + '-hint' : '');
        return '<div class="pp-field"><label for="' + id + '">' + escapeHtml(label) + '</label>'
            + '<input type="text" id="' + id + '" name="' + name + '" autocomplete="off" aria-describedby="'
            + describedBy + '">'
            + (hint ? '<p class="pp-field__hint" id="' + id + '-hint">' + escapeHtml(hint) + '</p>' : '')
            + '<p class="pp-field__error" id="' + id + '-error" aria-live="polite"></p></div>';
    }

    function spaceFields(blueprint) {
        return '<input type="hidden" name="planprocessSpaceBlueprint" value="' + blueprint + '">'
            + textField('pp-space-name', 'name', AJS.I18n.getText('planprocess.space.wizard.name'))
            + textField('pp-space-key', 'spaceKey', AJS.I18n.getText('planprocess.space.wizard.key'),
                AJS.I18n.getText('planprocess.space.wizard.key.hint'));
    }

    function message() {
        return '<div class="pp-wizard__message" role="alert" aria-live="assertive"></div>';
    }

    var Planprocess = window.Planprocess = window.Planprocess || {};
    Planprocess.SpaceBlueprints = Planprocess.SpaceBlueprints || {};

    Planprocess.SpaceBlueprints.planningSpace = function () {
        return '<form class="pp-wizard pp-space-wizard" action="#" method="post" novalidate>'
            + spaceFields('planeringsprocess') + message() + '</form>';
    };

    Planprocess.SpaceBlueprints.committeeSpace = function () {
        return '<form class="pp-wizard pp-space-wizard" action="#" method="post" novalidate>'
            + spaceFields('namndrum')
            + '<fieldset aria-describedby="pp-space-committee-error"><legend>'
            + escapeHtml(AJS.I18n.getText('planprocess.space.wizard.committee')) + '</legend>'
            + '<p class="pp-field__error" id="pp-space-committee-error" aria-live="polite"></p>'
            + '<p class="pp-wizard__loading" role="status">' + escapeHtml(AJS.I18n.getText('planprocess.space.wizard.loading')) + '</p>'
            + '<div class="pp-choice"><input type="radio" id="pp-space-committee-existing" name="planprocessCommittee" value="existing" checked>'
            + '<label for="pp-space-committee-existing">' + escapeHtml(AJS.I18n.getText('planprocess.space.wizard.committee.existing')) + '</label></div>'
            + '<div class="pp-field"><label for="pp-space-committee-id">' + escapeHtml(AJS.I18n.getText('planprocess.space.wizard.committee.id'))
            + '</label><select id="pp-space-committee-id" name="planprocessCommitteeId" aria-describedby="pp-space-committee-id-error"></select>'
            + '<p class="pp-field__error" id="pp-space-committee-id-error" aria-live="polite"></p></div>'
            + '<div class="pp-choice"><input type="radio" id="pp-space-committee-new" name="planprocessCommittee" value="new">'
            + '<label for="pp-space-committee-new">' + escapeHtml(AJS.I18n.getText('planprocess.space.wizard.committee.new')) + '</label></div>'
            + textField('pp-space-committee-name', 'planprocessCommitteeName', AJS.I18n.getText('planprocess.space.wizard.committee.name'))
            + textField('pp-space-committee-shortname', 'planprocessCommitteeShortName', AJS.I18n.getText('planprocess.space.wizard.committee.shortname'))
            + '</fieldset>' + message() + '</form>';
    };

    function clearErrors(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.pp-field__error'), function (p) { p.textContent = ''; });
        Array.prototype.forEach.call(root.querySelectorAll('[aria-invalid]'), function (e) { e.removeAttribute('aria-invalid'); });
        root.querySelector('.pp-wizard__message').textContent = '';
    }

    /* Shows the message next to the field it names (or above the buttons); focuses that field. */
    function showError(root, field, text) {
        var controlId = FIELDS[field];
        var control = controlId ? root.querySelector('#' + controlId) : null;
        var box = root.querySelector('#' + (ERROR_OF[field] || controlId) + '-error');
        if (!control || !box) {
            var general = document.createElement('p');
            general.textContent = text;
            root.querySelector('.pp-wizard__message').appendChild(general);
            return;
        }
        box.textContent = text;
        control.setAttribute('aria-invalid', 'true');
        control.focus();
    }

    /* A synchronous check: {status, json}. */
    function check(pageData) {
        var xhr = new XMLHttpRequest();
        try {
            xhr.open('POST', contextPath() + '/rest/planprocess/1.0/spaces/check', false);
            xhr.setRequestHeader('Content-Type', 'application/json');
            xhr.setRequestHeader('Accept', 'application/json');
            xhr.send(JSON.stringify(pageData || {}));
            return { status: xhr.status, json: JSON.parse(xhr.responseText || '{}') };
        } catch (e) {
            return { status: 0, json: {} };
        }
    }

    function onSubmit(event, state) {
        var root = state.$container[0];
        clearErrors(root);
        var answer = check(state.pageData);
        if (answer.status === 200) {
            return true;
        }
        showError(root, answer.json.field, answer.json.message
            || AJS.I18n.getText('planprocess.space.error.unavailable'));
        event.preventDefault();
        return false;
    }

    function toggle(root) {
        var existing = root.querySelector('#pp-space-committee-existing').checked;
        root.querySelector('#pp-space-committee-id').disabled = !existing;
        root.querySelector('#pp-space-committee-name').disabled = existing;
        root.querySelector('#pp-space-committee-shortname').disabled = existing;
    }

    function fillCommittees(root) {
        var select = root.querySelector('#pp-space-committee-id');
        var loading = root.querySelector('.pp-wizard__loading');
        fetch(contextPath() + '/rest/planprocess/1.0/spaces/committees',
            { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (response) {
                return response.json().then(function (json) { return { ok: response.ok, json: json }; });
            }).then(function (result) {
                loading.hidden = true;
                if (!result.ok) {
                    showError(root, 'planprocessCommittee', AJS.I18n.getText('planprocess.space.error.not-allowed'));
                    return;
                }
                var list = result.json.committees || [];
                select.innerHTML = '<option value="">' + escapeHtml(list.length
                    ? AJS.I18n.getText('planprocess.space.wizard.committee.choose')
                    : AJS.I18n.getText('planprocess.space.wizard.committee.none')) + '</option>';
                list.forEach(function (committee) {
                    var option = document.createElement('option');
                    option.value = String(committee.id);
                    option.textContent = committee.name + ' (' + committee.shortName + ')';
                    select.appendChild(option);
                });
                if (!list.length) {
                    root.querySelector('#pp-space-committee-new').checked = true;
                    toggle(root);
                }
            }).catch(function () {
                loading.hidden = true;
                showError(root, 'planprocessCommittee', AJS.I18n.getText('planprocess.space.error.unavailable'));
            });
    }

    if (window.Confluence && Confluence.Blueprint && Confluence.Blueprint.setWizard) {
        Confluence.Blueprint.setWizard(PLANNING_ITEM, function (wizard) {
            wizard.on('submit.' + PLANNING_PAGE, onSubmit);
        });
        Confluence.Blueprint.setWizard(COMMITTEE_ITEM, function (wizard) {
            wizard.on('post-render.' + COMMITTEE_PAGE, function (event, state) {
                var root = state.$container[0];
                Array.prototype.forEach.call(root.querySelectorAll('input[name="planprocessCommittee"]'), function (radio) {
                    radio.addEventListener('change', function () { toggle(root); });
                });
                toggle(root);
                fillCommittees(root);
            });
            wizard.on('submit.' + COMMITTEE_PAGE, onSubmit);
        });
    }
}());
