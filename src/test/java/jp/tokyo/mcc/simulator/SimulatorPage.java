package jp.tokyo.mcc.simulator;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The simulator page as a family uses it, for browser tests. Reads the chat in one script call and retries clicks,
 * because the page re-renders the chat whenever it changes.
 */
public final class SimulatorPage {

    public static final String CHOICES = "#quick-replies .quick-reply, .template .template-action";

    public final WebDriver driver;
    public final WebDriverWait wait;

    public SimulatorPage(WebDriver driver, Duration timeout) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, timeout);
    }

    public SimulatorPage open(String baseUrl) {
        driver.get(baseUrl + "/simulator");
        wait.until(d -> activeUser() != null);
        return this;
    }

    /** Makes a new simulated user (not a friend yet) and switches to them; returns their user id. */
    public String newUser() {
        String before = activeUser();
        driver.findElement(By.id("new-user")).click();
        wait.until(d -> {
            String now = activeUser();
            return now != null && !now.equals(before);
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("friend-card")));
        return activeUser();
    }

    /** Makes a new simulated user on the administrators' drafts and switches to them; returns their user id. */
    public String newDraftUser() {
        String before = activeUser();
        driver.findElement(By.id("new-draft-user")).click();
        wait.until(d -> {
            String now = activeUser();
            return now != null && !now.equals(before);
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("friend-card")));
        return activeUser();
    }

    public void switchTo(String userId) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(".user-tab[data-user-id='" + userId + "']")).click();
            return true;
        });
        wait.until(d -> userId.equals(activeUser()));
    }

    public String activeUser() {
        return (String) script("var a = document.querySelector('.user-tab.active');"
                + " return a ? a.getAttribute('data-user-id') : null;");
    }

    public void addFriend() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("follow"))).click();
    }

    public void type(String text) {
        WebElement input = driver.findElement(By.id("text"));
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    public void typeAndTapSend(String text) {
        driver.findElement(By.id("text")).sendKeys(text);
        driver.findElement(By.id("send")).click();
    }

    /** Taps the chip or template button with this label (the latest one, if several). */
    public void tap(String label) {
        tap(CHOICES, label);
    }

    public void tap(String css, String label) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> matching = d.findElements(By.cssSelector(css)).stream()
                    .filter(e -> e.getText().equals(label)).toList();
            if (matching.isEmpty()) {
                return false;
            }
            matching.get(matching.size() - 1).click();
            return true;
        });
    }

    public void waitForBot(String text) {
        wait.until(d -> botTexts().contains(text));
    }

    public void waitForBotContaining(String part) {
        wait.until(d -> botTexts().stream().anyMatch(t -> t.contains(part)));
    }

    public void waitForUser(String text) {
        wait.until(d -> userTexts().contains(text));
    }

    /** The bot's bubbles, template cards and Flex cards, oldest first. */
    public List<String> botTexts() {
        return texts(".row.bot .bubble, .row.bot .template-text, .row.bot .flex-message");
    }

    public List<String> userTexts() {
        return texts(".row.user .bubble");
    }

    public List<String> quickReplies() {
        return texts("#quick-replies .quick-reply");
    }

    public List<String> choices() {
        return texts(CHOICES);
    }

    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.innerText; });", css);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
