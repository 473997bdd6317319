/* Devhost shim of com.atlassian.auiplugin:ajs: the small part of AJS that plugins use. jQuery is loaded before. */
(function (window, document) {
    'use strict';
    var element = document.getElementById('devhost-data');
    var data = element ? JSON.parse(element.textContent) : {contextPath: '', params: {}, hostI18n: {}};
    var $ = window.jQuery;
    var AJS = window.AJS = window.AJS || {};

    /* MessageFormat-style, as AUI's AJS.format: {n} arguments, '' is a quote, text in single quotes is literal. */
    function format(pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        var text = String(pattern);
        var out = '';
        var quoted = false;
        for (var i = 0; i < text.length; i++) {
            var c = text.charAt(i);
            if (c === "'") {
                if (text.charAt(i + 1) === "'") { out += "'"; i++; } else { quoted = !quoted; }
            } else if (c === '{' && !quoted) {
                var end = text.indexOf('}', i);
                var index = end < 0 ? NaN : Number(text.substring(i + 1, end));
                if (end > i + 1 && !isNaN(index) && /^\d+$/.test(text.substring(i + 1, end))) {
                    out += args[index] === undefined ? text.substring(i, end + 1) : String(args[index]);
                    i = end;
                } else {
                    out += c;
                }
            } else {
                out += c;
            }
        }
        return out;
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
    /*
     * At run time a key is not looked up: Confluence's jsI18n transformer replaces the literal calls
     * AJS.I18n.getText('key', ...) in the served script, so a call that is still here (a variable key) returns the key.
     */
    AJS.I18n = {
        getText: function (key) {
            return key;
        }
    };
    AJS.devhost = data;
    window.Confluence = window.Confluence || {};
}(window, document));
