window.Fixture = window.Fixture || {};
window.Fixture.Blueprints = {
    wizard: function (context) {
        return '<label for="fixture-name">' + AJS.escapeHtml(AJS.I18n.getText('fixture.wizard.title')) + '</label>'
            + '<input id="fixture-name" name="vName" value="' + AJS.escapeHtml(context.defaultName || '') + '">';
    }
};
Confluence.Blueprint.setWizard('se.planprocess.devhost.fixture:fixture-blueprint-item', function (wizard) {
    wizard.on('pre-render.fixturePage', function (e, state) { state.soyRenderContext.defaultName = 'Test'; });
    wizard.on('submit.fixturePage', function (e, state) {
        if (!state.pageData.vName) { e.preventDefault(); }
    });
});
