package se.planprocess.acceptance;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/** One person in one browser against the local host: page-object style helpers for the host and the app. */
public final class Session implements AutoCloseable {
    public static final String PASSWORD = "demo";

    private final Devhost host;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Session(Devhost host, WebDriver driver) {
        this.host = host;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Logs in through the login form. */
    public static Session loginAs(String username) {
        Devhost host = Devhost.shared();
        Session session = new Session(host, Browser.open("sv"));
        session.driver.get(host.url("/login.action"));
        session.driver.findElement(By.id("os_username")).sendKeys(username);
        session.driver.findElement(By.id("os_password")).sendKeys(PASSWORD);
        session.driver.findElement(By.cssSelector("form[action$='/login.action'] button[type=submit], form[action$='/login.action'] input[type=submit]")).click();
        session.wait.until(d -> !d.getCurrentUrl().contains("/login.action"));
        return session;
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void open(String path) {
        driver.get(host.url(path));
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** The element's text as written in the page, before CSS (e.g. upper-case lozenges) changes how it looks. */
    public String textContent(String css) {
        return find(css).getAttribute("textContent").strip();
    }

    /** Saves the page editor's form and waits for the page view. */
    public void saveEditor() {
        clickAndWaitForReload(driver.findElement(By.id("rte-button-publish")));
    }

    /** Clicks and waits for the page to be loaded anew (the status macro reloads after a change). */
    public void clickAndWaitForReload(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public WebElement buttonInDialog(String label) {
        return wait.until(d -> d.findElements(By.cssSelector("#create-dialog button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(label))
                .findFirst().orElse(null));
    }

    /**
     * Sets the user's full name on the host's profile page (reached from the header's user name), as the user
     * types it, and waits for the saved page. Returns the name the form showed before.
     */
    public String changeFullName(String fullName) {
        open("/dashboard.action");
        clickAndWaitForReload(find("#user-menu-link"));
        WebElement field = find("#fullName");
        String before = field.getAttribute("value");
        field.clear();
        field.sendKeys(fullName);
        clickAndWaitForReload(driver.findElement(By.id("confirm")));
        find(".aui-message-success");
        return before;
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public boolean alertIsOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
