/*
 * The host's Create dialog: an accessible modal listing the Create dialog items of the selected space (from
 * /rest/create-dialog/1.0/blueprints/web-items, as Confluence's dialog loads them) and running dialog wizards. The
 * page is created through /rest/create-dialog/1.0/content-blueprint/create-content with the body Confluence's
 * Confluence.Blueprint assembles (assemblePageSubmissionObject): the wizard data (spaceKey, parentPageId and every
 * wizard page's fields) is the request context.
 * The Create space button opens the same modal in space mode: the items come from
 * /rest/create-dialog/1.0/space-blueprint/dialog/web-items and the wizard's data goes to
 * /rest/create-dialog/1.0/space-blueprint/create-space with the body Confluence's assembleSpaceSubmissionObject
 * builds (the wizard data as the context; name, spaceKey, description and permissions taken from it).
 */
(function (window, document) {
    'use strict';
    var AJS = window.AJS;
    var $ = AJS.$;
    var runtime = window.Confluence.Blueprint.devhost;
    var data = AJS.devhost;
    /* The host's own texts (a plugin's texts come from the jsI18n transformer instead). */
    function t(key) {
        var text = (data.hostI18n || {})[key];
        return text === undefined ? key : AJS.format.apply(null, [text].concat(Array.prototype.slice.call(arguments, 1)));
    }
    var BLANK_PAGE = 'com.atlassian.confluence.plugins.confluence-create-content-plugin:create-blank-page';
    var opener = null;
    var dialog = null;
    var spaceMode = false;

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text !== undefined) { e.textContent = text; }
        return e;
    }

    function focusables(root) {
        return Array.prototype.filter.call(root.querySelectorAll(
            'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'),
            function (e) { return e.offsetParent !== null; });
    }

    function setInert(on) {
        Array.prototype.forEach.call(document.body.children, function (child) {
            if (child !== dialog && !child.classList.contains('devhost-dialog-backdrop')) {
                if (on) { child.setAttribute('inert', ''); } else { child.removeAttribute('inert'); }
            }
        });
    }

    function close() {
        if (!dialog) { return; }
        setInert(false);
        dialog.parentNode.removeChild(dialog);
        var backdrop = document.querySelector('.devhost-dialog-backdrop');
        if (backdrop) { backdrop.parentNode.removeChild(backdrop); }
        dialog = null;
        if (opener) { opener.focus(); }
    }

    function showError(message) {
        var box = dialog.querySelector('.devhost-dialog-error');
        box.textContent = '';
        if (message) {
            box.appendChild(el('strong', {}, t('devhost.dialog.error') + ' '));
            box.appendChild(document.createTextNode(message));
        }
    }

    function body() { return dialog.querySelector('.devhost-dialog-body'); }
    function footer() { return dialog.querySelector('.devhost-dialog-footer'); }

    function button(label, primary, handler) {
        var b = el('button', {type: 'button', 'class': 'aui-button' + (primary ? ' aui-button-primary' : '')}, label);
        b.addEventListener('click', handler);
        return b;
    }

    function selectedSpace() {
        var select = dialog.querySelector('#create-dialog-space');
        return select ? select.value : '';
    }

    function chooser() {
        if (spaceMode) {
            spaceChooser();
            return;
        }
        var b = body();
        b.textContent = '';
        footer().textContent = '';
        showError('');
        if (!data.spaces || data.spaces.length === 0) {
            b.appendChild(el('p', {}, t('devhost.dialog.nospaces')));
            footer().appendChild(button(t('devhost.dialog.close'), false, close));
            return;
        }
        var spaceLine = el('p', {'class': 'devhost-dialog-space'});
        spaceLine.appendChild(el('label', {'for': 'create-dialog-space'}, t('devhost.dialog.space')));
        var select = el('select', {id: 'create-dialog-space'});
        data.spaces.forEach(function (s) {
            var option = el('option', {value: s.key}, s.name);
            if (s.key === AJS.params.spaceKey) { option.selected = true; }
            select.appendChild(option);
        });
        spaceLine.appendChild(select);
        b.appendChild(spaceLine);
        var fieldset = el('fieldset', {'class': 'devhost-blueprints'});
        fieldset.appendChild(el('legend', {}, t('devhost.dialog.choose')));
        b.appendChild(fieldset);
        var items = [];
        var next = button(t('devhost.dialog.next'), true, function () {
            var checked = dialog.querySelector('input[name="create-item"]:checked');
            if (checked) { start(items[Number(checked.value)]); }
        });
        footer().appendChild(button(t('devhost.dialog.cancel'), false, close));
        footer().appendChild(next);
        function load() {
            next.disabled = true;
            Array.prototype.slice.call(fieldset.querySelectorAll('.devhost-blueprint-item')).forEach(function (row) {
                fieldset.removeChild(row);
            });
            window.fetch(AJS.contextPath() + '/rest/create-dialog/1.0/blueprints/web-items?spaceKey='
                + encodeURIComponent(selectedSpace()), {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) {
                    return response.json().then(function (json) { return {ok: response.ok, json: json}; });
                }).then(function (result) {
                    if (!dialog) { return; }
                    if (!result.ok) {
                        showError(result.json.errorMessage || result.json.message || '');
                        return;
                    }
                    items = result.json;
                    items.forEach(function (item, index) {
                        var id = 'create-item-' + index;
                        var row = el('div', {'class': 'devhost-blueprint-item'});
                        var radio = el('input', {type: 'radio', name: 'create-item', id: id, value: String(index),
                            'aria-describedby': id + '-desc', 'data-web-item-key': item.itemModuleCompleteKey});
                        if (index === 0) { radio.checked = true; }
                        var label = el('label', {'for': id});
                        if (item.iconURL) { label.appendChild(el('img', {src: item.iconURL, alt: '', width: '40', height: '30'})); }
                        label.appendChild(el('span', {'class': 'devhost-blueprint-name'}, item.name));
                        row.appendChild(radio);
                        row.appendChild(label);
                        row.appendChild(el('p', {id: id + '-desc', 'class': 'devhost-blueprint-desc'}, item.description || ''));
                        fieldset.appendChild(row);
                    });
                    next.disabled = false;
                    var first = dialog.querySelector('input[name="create-item"]:checked');
                    if (first) { first.focus(); }
                }).catch(function (error) {
                    if (dialog) { showError(String(error)); }
                });
        }
        select.addEventListener('change', load);
        load();
    }

    /* Renders the item radios into the fieldset; returns nothing. */
    function listItems(fieldset, items, next) {
        items.forEach(function (item, index) {
            var id = 'create-item-' + index;
            var row = el('div', {'class': 'devhost-blueprint-item'});
            var radio = el('input', {type: 'radio', name: 'create-item', id: id, value: String(index),
                'aria-describedby': id + '-desc', 'data-web-item-key': item.itemModuleCompleteKey});
            if (index === 0) { radio.checked = true; }
            var label = el('label', {'for': id});
            if (item.iconURL) { label.appendChild(el('img', {src: item.iconURL, alt: '', width: '40', height: '30'})); }
            label.appendChild(el('span', {'class': 'devhost-blueprint-name'}, item.name));
            row.appendChild(radio);
            row.appendChild(label);
            row.appendChild(el('p', {id: id + '-desc', 'class': 'devhost-blueprint-desc'}, item.description || ''));
            fieldset.appendChild(row);
        });
        next.disabled = items.length === 0;
        var first = dialog.querySelector('input[name="create-item"]:checked');
        if (first) { first.focus(); }
    }

    function spaceChooser() {
        var b = body();
        b.textContent = '';
        footer().textContent = '';
        showError('');
        var fieldset = el('fieldset', {'class': 'devhost-blueprints'});
        fieldset.appendChild(el('legend', {}, t('devhost.spacedialog.choose')));
        b.appendChild(fieldset);
        var items = [];
        var next = button(t('devhost.dialog.next'), true, function () {
            var checked = dialog.querySelector('input[name="create-item"]:checked');
            if (checked) { start(items[Number(checked.value)]); }
        });
        next.disabled = true;
        footer().appendChild(button(t('devhost.dialog.cancel'), false, close));
        footer().appendChild(next);
        window.fetch(AJS.contextPath() + '/rest/create-dialog/1.0/space-blueprint/dialog/web-items',
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                return response.json().then(function (json) { return {ok: response.ok, json: json}; });
            }).then(function (result) {
                if (!dialog) { return; }
                if (!result.ok) {
                    showError(result.json.errorMessage || result.json.message || '');
                    return;
                }
                items = result.json;
                if (items.length === 0) { fieldset.appendChild(el('p', {}, t('devhost.spacedialog.none'))); }
                listItems(fieldset, items, next);
            }).catch(function (error) {
                if (dialog) { showError(String(error)); }
            });
    }

    function start(item) {
        if (spaceMode) {
            var spaceWizard = runtime.newWizard(item.itemModuleCompleteKey);
            var spaceData = {pages: {}};
            item.wizardPages = item.wizard && item.wizard.pages ? item.wizard.pages : [];
            if (item.wizardPages.length === 0) {
                submit(item, spaceData);
                return;
            }
            renderPage(item, spaceWizard, spaceData, 0);
            return;
        }
        var spaceKey = selectedSpace();
        if (item.itemModuleCompleteKey === BLANK_PAGE) {
            window.location.href = AJS.contextPath() + '/pages/createpage.action?spaceKey=' + encodeURIComponent(spaceKey);
            return;
        }
        var wizard = runtime.newWizard(item.itemModuleCompleteKey);
        /* As Confluence's fireWizard: the wizard data starts with the space and the parent page. */
        var parentPageId = spaceKey === AJS.params.spaceKey ? (AJS.params.pageId || '') : '';
        var wizardData = {spaceKey: spaceKey, pages: {}, parentPageId: parentPageId};
        item.wizardPages = item.wizard && item.wizard.pages ? item.wizard.pages : [];
        if (item.wizardPages.length === 0) {
            submit(item, wizardData);
            return;
        }
        renderPage(item, wizard, wizardData, 0);
    }

    function formData(root) {
        var result = {};
        Array.prototype.forEach.call(root.querySelectorAll('input, select, textarea'), function (field) {
            if (!field.name || field.disabled) { return; }
            if ((field.type === 'checkbox' || field.type === 'radio') && !field.checked) { return; }
            result[field.name] = field.value;
        });
        return result;
    }

    function renderPage(item, wizard, wizardData, index) {
        var page = item.wizardPages[index];
        var b = body();
        b.textContent = '';
        footer().textContent = '';
        showError('');
        var container = el('div', {'class': 'devhost-wizard-page', 'data-page-id': page.id});
        var state = {$container: $(container), pageData: wizardData.pages[page.id] || {}, soyRenderContext: {},
            wizardData: wizardData};
        wizard.trigger('pre-render.' + page.id, runtime.newEvent(), state);
        var heading = el('h3', {id: 'wizard-page-title', tabindex: '-1'}, page.title || item.name);
        container.appendChild(heading);
        if (page.descriptionHeader || page.descriptionContent) {
            var about = el('div', {'class': 'devhost-wizard-about'});
            if (page.descriptionHeader) { about.appendChild(el('h4', {}, page.descriptionHeader)); }
            if (page.descriptionContent) { about.appendChild(el('p', {}, page.descriptionContent)); }
            container.appendChild(about);
        }
        var form = el('div', {'class': 'devhost-wizard-form'});
        var template = runtime.template(page.templateKey);
        if (!template) {
            showError('Wizard template ' + page.templateKey + ' is not defined');
        } else {
            form.innerHTML = template($.extend({}, state.soyRenderContext));
        }
        container.appendChild(form);
        b.appendChild(container);
        wizard.trigger('post-render.' + page.id, runtime.newEvent(), state);
        var next = function () {
            state.pageData = formData(form);
            wizardData.pages[page.id] = state.pageData;
            var event = runtime.newEvent();
            wizard.trigger('submit.' + page.id, event, state);
            if (event.prevented) { return; }
            if (page.last || index === item.wizardPages.length - 1) {
                submit(item, wizardData);
            } else {
                renderPage(item, wizard, wizardData, index + 1);
            }
        };
        form.addEventListener('submit', function (e) { e.preventDefault(); next(); });
        footer().appendChild(button(t('devhost.dialog.back'), false, index === 0 ? chooser : function () {
            renderPage(item, wizard, wizardData, index - 1);
        }));
        footer().appendChild(button(page.last || index === item.wizardPages.length - 1 ? t('devhost.dialog.create')
            : t('devhost.dialog.next'), true, next));
        heading.focus();
    }

    /* As the dialog wizard's doFinalAction and Confluence.Blueprint's assemblePageSubmissionObject. */
    function submit(item, wizardData) {
        showError('');
        var context = $.extend({}, wizardData);
        Object.keys(wizardData.pages || {}).forEach(function (id) { $.extend(context, wizardData.pages[id]); });
        delete context.pages;
        if (spaceMode) {
            /* Confluence.Blueprint's assembleSpaceSubmissionObject */
            post('/rest/create-dialog/1.0/space-blueprint/create-space', {
                context: context,
                name: context.name,
                spaceKey: context.spaceKey,
                description: context.description,
                permissions: context.spacePermission,
                spaceBlueprintId: item.contentBlueprintId
            });
            return;
        }
        post('/rest/create-dialog/1.0/content-blueprint/create-content', {
            spaceKey: wizardData.spaceKey,
            contentBlueprintId: item.contentBlueprintId,
            contentTemplateId: context.contentTemplateId || '',
            contentTemplateKey: context.contentTemplateKey || '',
            title: context.title || '',
            viewPermissionsUsers: context.viewPermissionsUsers || '',
            context: context,
            parentPageId: context.parentPageId || ''
        });
    }

    function post(path, body) {
        var buttons = footer().querySelectorAll('button');
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
        window.fetch(AJS.contextPath() + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().then(function (json) { return {ok: response.ok, json: json}; });
        }).then(function (result) {
            if (result.ok) {
                window.location.href = result.json.createSuccessRedirectUrl || result.json.url;
            } else {
                Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
                showError(result.json.errorMessage || result.json.message || String(result.json.errorCode || ''));
            }
        }).catch(function (error) {
            Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
            showError(String(error));
        });
    }

    function open(event) {
        opener = event ? event.currentTarget : null;
        if (dialog) { return; }
        spaceMode = !!(opener && opener.id === 'create-space-button');
        document.body.appendChild(el('div', {'class': 'devhost-dialog-backdrop'}));
        dialog = el('div', {id: 'create-dialog', 'class': 'devhost-dialog', role: 'dialog', 'aria-modal': 'true',
            'aria-labelledby': 'create-dialog-title'});
        var header = el('div', {'class': 'devhost-dialog-header'});
        header.appendChild(el('h2', {id: 'create-dialog-title'},
            t(spaceMode ? 'devhost.spacedialog.title' : 'devhost.dialog.title')));
        var closeButton = el('button', {type: 'button', 'class': 'devhost-dialog-close', 'aria-label': t('devhost.dialog.close')}, '\u00d7');
        closeButton.addEventListener('click', close);
        header.appendChild(closeButton);
        dialog.appendChild(header);
        dialog.appendChild(el('div', {'class': 'devhost-dialog-body'}));
        dialog.appendChild(el('div', {'class': 'devhost-dialog-error', role: 'alert'}));
        dialog.appendChild(el('div', {'class': 'devhost-dialog-footer'}));
        document.body.appendChild(dialog);
        setInert(true);
        dialog.addEventListener('keydown', function (e) {
            if (e.key === 'Escape') {
                e.preventDefault();
                close();
            } else if (e.key === 'Tab') {
                var list = focusables(dialog);
                if (list.length === 0) { return; }
                var first = list[0];
                var last = list[list.length - 1];
                if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
                else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
            }
        });
        chooser();
    }

    AJS.toInit(function () {
        var button = document.getElementById('create-page-button');
        if (button) { button.addEventListener('click', open); }
        var spaceButton = document.getElementById('create-space-button');
        if (spaceButton) { spaceButton.addEventListener('click', open); }
    });
}(window, document));
