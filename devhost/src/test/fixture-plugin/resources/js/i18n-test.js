window.FixtureI18n = {
    literal: AJS.I18n.getText('fixture.js.hello'),
    doubleQuoted: AJS.I18n.getText("fixture.js.hello"),
    withArguments: AJS.I18n.getText('fixture.js.args', 3, 7),
    namespaced: window.AJS.I18n.getText('fixture.js.hello'),
    quote: AJS.I18n.getText('fixture.js.quote'),
    missing: AJS.I18n.getText('fixture.js.nosuchkey'),
    variable: (function () { var key = 'fixture.js.hello'; return AJS.I18n.getText(key); }())
};
