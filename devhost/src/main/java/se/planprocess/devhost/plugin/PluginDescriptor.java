package se.planprocess.devhost.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the host reads from atlassian-plugin.xml (after Maven filtering, so with real values). */
public record PluginDescriptor(
        String key,
        String name,
        String version,
        String i18nLocation,
        List<Resource> downloads,
        Optional<AoModule> ao,
        List<MacroModule> macros,
        List<RestModule> rests,
        List<ServletModule> servlets,
        List<WebResourceModule> webResources,
        List<WebItemModule> webItems,
        List<BlueprintModule> blueprints,
        List<ContentTemplateModule> contentTemplates,
        List<SpaceBlueprintModule> spaceBlueprints) {

    /** A {@code <resource>} element. */
    public record Resource(String type, String name, String location) {
    }

    /** {@code <ao namespace>} with its entity class names. */
    public record AoModule(String key, String namespace, List<String> entities) {
    }

    /** {@code <xhtml-macro>}. */
    public record MacroModule(String key, String name, String className) {
    }

    /** {@code <rest path version>} with the packages to scan. */
    public record RestModule(String key, String path, String version, List<String> packages) {
    }

    /** {@code <servlet>} with its url patterns and init params. */
    public record ServletModule(String key, String className, List<String> urlPatterns, Map<String, String> initParams) {
    }

    /**
     * {@code <web-resource>}, with its {@code <transformation extension="js"><transformer key="jsI18n"/>} entries
     * (extension to transformer keys).
     */
    public record WebResourceModule(String key, List<Resource> resources, List<String> dependencies,
                                    List<String> contexts, Map<String, List<String>> transformations) {
        public boolean transforms(String extension, String transformerKey) {
            return transformations.getOrDefault(extension, List.of()).contains(transformerKey);
        }
    }

    /** {@code <web-item>}; {@code link} is its {@code <link>} (relative to the context path), or null. */
    public record WebItemModule(String key, String section, String i18nNameKey, String name, String descriptionKey,
                                String description, int weight, Map<String, String> params, List<Resource> resources,
                                String link) {
        public Optional<Resource> resource(String resourceName) {
            return resources.stream().filter(r -> resourceName.equals(r.name())).findFirst();
        }
    }

    /** {@code <blueprint>} with its content templates and optional dialog wizard. */
    public record BlueprintModule(String key, String indexKey, String i18nNameKey, String createResult,
                                  List<String> contentTemplateKeys, Optional<DialogWizard> wizard) {
    }

    /**
     * {@code <space-blueprint>}: the home page's content template (the first {@code content-template ref}; child
     * pages nested inside it are not read), the space category and the optional dialog wizard.
     */
    public record SpaceBlueprintModule(String key, String i18nNameKey, String category, String homePageTemplateKey,
                                       Optional<DialogWizard> wizard) {
    }

    /** {@code <dialog-wizard>}. */
    public record DialogWizard(String key, List<DialogPage> pages) {
    }

    /** {@code <dialog-page>}. */
    public record DialogPage(String id, String templateKey, String titleKey, String descriptionHeaderKey,
                             String descriptionContentKey, boolean last) {
    }

    /** {@code <content-template>} with its template resource and optional context provider. */
    public record ContentTemplateModule(String key, String i18nNameKey, String templateLocation,
                                        String contextProviderClass, Map<String, String> contextProviderParams) {
    }

    public String completeKey(String moduleKey) {
        return key + ":" + moduleKey;
    }

    public Optional<WebResourceModule> webResource(String moduleKey) {
        return webResources.stream().filter(w -> w.key().equals(moduleKey)).findFirst();
    }

    public Optional<BlueprintModule> blueprint(String moduleKey) {
        return blueprints.stream().filter(b -> b.key().equals(moduleKey)).findFirst();
    }

    public Optional<SpaceBlueprintModule> spaceBlueprint(String moduleKey) {
        return spaceBlueprints.stream().filter(b -> b.key().equals(moduleKey)).findFirst();
    }

    public Optional<ContentTemplateModule> contentTemplate(String moduleKey) {
        return contentTemplates.stream().filter(t -> t.key().equals(moduleKey)).findFirst();
    }
}
