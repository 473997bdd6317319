/* Devhost shim of com.atlassian.auiplugin:ajs: the small part of AJS that plugins use. jQuery is loaded before. */
(function (window, document) {
    'use strict';
    var element = document.getElementById('devhost-data');
    var data = element ? JSON.parse(element.textContent) : {contextPath: '', params: {}, i18n: {}};
    var $ = window.jQuery;
    var AJS = window.AJS = window.AJS || {};

    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
            return args[index] === undefined ? match : String(args[index]);
        });
    }

    AJS.$ = $;
    AJS.params = data.params || {};
    AJS.contextPath = function () { return data.contextPath || ''; };
    AJS.toInit = function (fn) { $(function () { fn($); }); };
    AJS.format = format;
    AJS.escapeHtml = function (text) {
        return String(text === undefined || text === null ? '' : text)
            .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    };
    AJS.Meta = {
        get: function (key) { return AJS.params[key]; }
    };
    AJS.I18n = {
        getText: function (key) {
            var text = (data.i18n || {})[key];
            if (text === undefined) {
                return key;
            }
            return format.apply(null, [text].concat(Array.prototype.slice.call(arguments, 1)));
        }
    };
    AJS.devhost = data;
    window.Confluence = window.Confluence || {};
}(window, document));
