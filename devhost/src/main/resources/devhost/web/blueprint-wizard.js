/*
 * Devhost shim of the create-content plugin's JS API: Confluence.Blueprint.setWizard(webItemCompleteKey, fn) and the
 * wizard object passed to fn, with on('pre-render.<pageId>' | 'post-render.<pageId>' | 'submit.<pageId>', handler).
 * Handlers get (event, state); state = {$container, pageData, soyRenderContext, wizardData}.
 */
(function (window) {
    'use strict';
    var registry = {};

    function Wizard(webItemKey) {
        this.webItemKey = webItemKey;
        this.handlers = {};
    }

    Wizard.prototype.on = function (name, handler) {
        (this.handlers[name] = this.handlers[name] || []).push(handler);
        return this;
    };

    Wizard.prototype.trigger = function (name, event, state) {
        var list = this.handlers[name] || [];
        for (var i = 0; i < list.length; i++) {
            list[i].call(this, event, state);
        }
    };

    function resolve(path) {
        var value = window;
        var parts = String(path).split('.');
        for (var i = 0; i < parts.length && value; i++) {
            value = value[parts[i]];
        }
        return typeof value === 'function' ? value : null;
    }

    window.Confluence = window.Confluence || {};
    window.Confluence.Blueprint = window.Confluence.Blueprint || {};
    window.Confluence.Blueprint.setWizard = function (webItemCompleteKey, callback) {
        registry[webItemCompleteKey] = callback;
    };
    window.Confluence.Blueprint.setDirectCallback = function (webItemCompleteKey, callback) {
        registry[webItemCompleteKey + '#direct'] = callback;
    };
    /* Used by the host's Create dialog. */
    window.Confluence.Blueprint.devhost = {
        newWizard: function (webItemKey) {
            var wizard = new Wizard(webItemKey);
            if (registry[webItemKey]) {
                registry[webItemKey](wizard);
            }
            return wizard;
        },
        template: resolve,
        newEvent: function () {
            return {
                prevented: false,
                preventDefault: function () { this.prevented = true; },
                isDefaultPrevented: function () { return this.prevented; }
            };
        }
    };
}(window));
