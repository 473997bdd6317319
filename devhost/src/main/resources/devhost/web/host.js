/* The host's Create dialog: an accessible modal listing the app's blueprints and a blank page; runs dialog wizards. */
(function (window, document) {
    'use strict';
    var AJS = window.AJS;
    var $ = AJS.$;
    var runtime = window.Confluence.Blueprint.devhost;
    var t = AJS.I18n.getText;
    var data = AJS.devhost;
    var opener = null;
    var dialog = null;

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
        var items = [{webItemKey: '', name: t('devhost.dialog.blank'), description: t('devhost.dialog.blank.desc'), wizardPages: []}]
            .concat(data.blueprints || []);
        items.forEach(function (item, index) {
            var id = 'create-item-' + index;
            var row = el('div', {'class': 'devhost-blueprint-item'});
            var radio = el('input', {type: 'radio', name: 'create-item', id: id, value: String(index),
                'aria-describedby': id + '-desc', 'data-web-item-key': item.webItemKey});
            if (index === 0) { radio.checked = true; }
            var label = el('label', {'for': id});
            if (item.iconUrl) { label.appendChild(el('img', {src: item.iconUrl, alt: '', width: '40', height: '30'})); }
            label.appendChild(el('span', {'class': 'devhost-blueprint-name'}, item.name));
            row.appendChild(radio);
            row.appendChild(label);
            row.appendChild(el('p', {id: id + '-desc', 'class': 'devhost-blueprint-desc'}, item.description || ''));
            fieldset.appendChild(row);
        });
        b.appendChild(fieldset);
        footer().appendChild(button(t('devhost.dialog.cancel'), false, close));
        footer().appendChild(button(t('devhost.dialog.next'), true, function () {
            var checked = dialog.querySelector('input[name="create-item"]:checked');
            start(items[Number(checked.value)]);
        }));
        var first = dialog.querySelector('input[name="create-item"]:checked');
        if (first) { first.focus(); }
    }

    function start(item) {
        var spaceKey = selectedSpace();
        if (!item.webItemKey) {
            window.location.href = AJS.contextPath() + '/pages/createpage.action?spaceKey=' + encodeURIComponent(spaceKey);
            return;
        }
        var wizard = runtime.newWizard(item.webItemKey);
        var wizardData = {spaceKey: spaceKey, pages: {}};
        if (!item.wizardPages || item.wizardPages.length === 0) {
            submit(item, wizardData, {});
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
                var context = {};
                Object.keys(wizardData.pages).forEach(function (id) { $.extend(context, wizardData.pages[id]); });
                submit(item, wizardData, context);
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

    function submit(item, wizardData, context) {
        showError('');
        var buttons = footer().querySelectorAll('button');
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
        window.fetch(AJS.contextPath() + '/rest/create-dialog/1.0/content-blueprint/create-content', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({spaceKey: wizardData.spaceKey, webItemKey: item.webItemKey, context: context})
        }).then(function (response) {
            return response.json().then(function (json) { return {ok: response.ok, json: json}; });
        }).then(function (result) {
            if (result.ok) {
                window.location.href = result.json.url;
            } else {
                Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
                showError(result.json.message || String(result.json['status-code']));
            }
        }).catch(function (error) {
            Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
            showError(String(error));
        });
    }

    function open(event) {
        opener = event ? event.currentTarget : null;
        if (dialog) { return; }
        document.body.appendChild(el('div', {'class': 'devhost-dialog-backdrop'}));
        dialog = el('div', {id: 'create-dialog', 'class': 'devhost-dialog', role: 'dialog', 'aria-modal': 'true',
            'aria-labelledby': 'create-dialog-title'});
        var header = el('div', {'class': 'devhost-dialog-header'});
        header.appendChild(el('h2', {id: 'create-dialog-title'}, t('devhost.dialog.title')));
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
    });
}(window, document));
