package jp.tokyo.mcc.conversation.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import jp.tokyo.mcc.shared.Language;
import org.springframework.context.MessageSource;

/**
 * The engine's own family-facing texts, from {@code messages/conversation.properties} (keys {@code conversation.*}),
 * in the family's language: {@code conversation_en.properties} (English) and {@code conversation_ja_JP_EASY.properties}
 * (やさしい日本語). A key a language's file does not have is said in Japanese (and counted as a fallback).
 * Texts with {@code {0}} take arguments; texts with named placeholders such as {@code {kubu.phone}} are read as
 * written and rendered by {@link Placeholders}.
 */
public class Texts {

    /** The bundle's file name suffix per language ({@code conversation_en.properties}). */
    private static final Map<Language, String> SUFFIX = Map.of(Language.EN, "_en", Language.JA_EASY, "_ja_JP_EASY");

    private final MessageSource messages;
    private final Language language;
    private final Map<Language, Set<String>> ownKeys;
    private final Map<Language, Texts> variants;
    private volatile Consumer<Language> fallback = l -> { };

    public Texts(MessageSource messages) {
        this.messages = messages;
        this.language = Language.JA;
        this.ownKeys = new EnumMap<>(Language.class);
        this.variants = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                ownKeys.put(l, keys("messages/conversation" + SUFFIX.get(l) + ".properties"));
            }
        }
        variants.put(Language.JA, this);
        for (Language l : Language.values()) {
            if (!l.isJapanese()) {
                variants.put(l, new Texts(this, l));
            }
        }
    }

    private Texts(Texts japanese, Language language) {
        this.messages = japanese.messages;
        this.language = language;
        this.ownKeys = japanese.ownKeys;
        this.variants = japanese.variants;
        this.fallback = null;
    }

    /** The same texts in another language. */
    public Texts in(Language language) {
        return variants.get(language == null ? Language.JA : language);
    }

    public Language language() {
        return language;
    }

    /** Counts texts said in Japanese to a family reading another language. */
    public void onFallback(Consumer<Language> counter) {
        variants.get(Language.JA).fallback = counter;
    }

    /** Whether a language's own file has the key (Japanese has them all). */
    public boolean translated(Language language, String key) {
        return language.isJapanese() || ownKeys.get(language).contains("conversation." + key);
    }

    /** The family-facing keys a language's own file lacks (said in Japanese), for the administrators' report. */
    public java.util.List<String> missing(Language language) {
        if (language.isJapanese()) {
            return java.util.List.of();
        }
        return keys("messages/conversation.properties").stream().filter(Texts::familyFacing)
                .filter(k -> !ownKeys.get(language).contains(k)).sorted().toList();
    }

    /** The keys of a language's own file (for the administrators' report). */
    public Set<String> ownKeys(Language language) {
        return ownKeys.getOrDefault(language, Set.of());
    }

    /**
     * Whether a key is something a family reads in their language: not the staff's (transcript lines, file problems,
     * the preview), nor a list of words to recognise (a language without its own list uses the Japanese one).
     */
    public static boolean familyFacing(String key) {
        String k = key.startsWith("conversation.") ? key.substring("conversation.".length()) : key;
        return !k.startsWith("file.") && !k.startsWith("preview.") && !k.startsWith("transcript.")
                && !k.endsWith(".words") && !k.startsWith("erasure.objects") && !k.startsWith("erasure.verbs")
                && !k.startsWith("erasure.negations") && !k.equals("contact.phone-word");
    }

    public String get(String key, Object... args) {
        if (!language.isJapanese() && !ownKeys.get(language).contains("conversation." + key) && familyFacing(key)) {
            variants.get(Language.JA).fallback.accept(language);
        }
        return messages.getMessage("conversation." + key, args.length == 0 ? null : args, locale(language));
    }

    /** The locale whose bundle holds a language's texts. */
    public static Locale locale(Language language) {
        return language.locale();
    }

    private static Set<String> keys(String resource) {
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Set.of();
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Set.copyOf(p.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
