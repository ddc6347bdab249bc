package jp.tokyo.mcc.shared;

import java.util.List;
import java.util.Map;

/**
 * What a module says in Japanese to families who read another language because its translation is missing, for the
 * administrators' status page: per language, one line per item ({@code intake.yaml 52行: intake / menu}).
 */
public interface TranslationReport {

    Map<Language, List<String>> translationGaps();
}
