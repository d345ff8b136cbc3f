/**
 * The Microsoft Recognizers-Text models that parse money and percentages, built once per language on first use.
 *
 * They are assembled from the libraries' own public building blocks rather than taken from
 * `NumberWithUnitRecognizer(...).getCurrencyModel()` / `NumberRecognizer(...).getPercentageModel()`, for two reasons:
 *
 * - Speed. The stock French number extractor includes the fraction-noun patterns (`deux tiers`, `trois quarts`…),
 *   two regexes of ~125,000 characters each (they embed every French ordinal). V8 compiles each one twice on first use
 *   (bytecode, then native code), which costs 4–8 s of CPU before the first French amount is parsed, and again for
 *   each model. Money and percentages never need them: the French extractor here is the library's cardinal extractor
 *   (integers and decimals, in digits or words) without the fraction patterns, shared by both models. The first French
 *   call then takes ~0.2 s (building the models and compiling the remaining regexes), the first English one ~0.1 s.
 * - ISO codes. The stock currency models resolve French names (`Euro`, `Yen Japonais`, `Livre`) without codes (the
 *   French name→ISO map is not exported, bare `Dollar`/`Livre` have no code at all) and match `cent` in `pour cent`
 *   as a currency. The models here take our short currency lists keyed by ISO code ({@link CURRENCIES}), so the unit
 *   they resolve is the code.
 *
 * The stock parsers are used unchanged: they turn `500 millions`, `1,2 milliard`, `25 000`, `un million`, `3.5B`,
 * `44,4` into numbers with each culture's separators.
 */
import type { ModelResult } from '@microsoft/recognizers-text';
import {
  AgnosticNumberParserFactory,
  AgnosticNumberParserType,
  BaseNumberExtractor,
  BasePercentageExtractor,
  Constants as NumberConstants,
  EnglishPercentageExtractor,
  EnglishNumberParserConfiguration,
  FrenchCardinalExtractor,
  FrenchNumberParserConfiguration,
  FrenchNumeric,
  PercentModel,
} from '@microsoft/recognizers-text-number';
import {
  BaseNumberWithUnitParserConfiguration,
  Constants as UnitConstants,
  Culture,
  CultureInfo,
  CurrencyModel,
  EnglishNumberWithUnitExtractorConfiguration,
  EnglishNumberWithUnitParserConfiguration,
  NumberWithUnitExtractor,
  NumberWithUnitParser,
  type INumberWithUnitExtractorConfiguration,
} from '@microsoft/recognizers-text-number-with-unit';
import { CURRENCIES, type Language } from './currencies.ts';

/** Parses a short window of text: results carry window-relative offsets, `end` inclusive, lower-cased `text`. */
export interface WindowModel {
  parse(window: string): ModelResult[];
}

export interface LanguageModels {
  money: WindowModel;
  percent: WindowModel;
}

/** The French cardinal numbers (`500`, `1,2`, `25 000`, `1.200`, `500 millions`, `un million`), no fractions. */
class FrenchAmountExtractor extends BaseNumberExtractor {
  constructor() {
    super();
    this.extractType = NumberConstants.SYS_NUM;
    this.regexes = new FrenchCardinalExtractor().regexes;
    this.ambiguityFiltersDict = [];
  }
}

class FrenchPercentExtractor extends BasePercentageExtractor {
  constructor(numbers: FrenchAmountExtractor) {
    super(numbers);
  }

  protected initRegexes(): RegExp[] {
    return this.buildRegexes([FrenchNumeric.NumberWithSuffixPercentage, FrenchNumeric.NumberWithPrefixPercentage]);
  }
}

// The French NumberWithUnit configurations are not exported by the package; these few settings are its own
// (FrenchNumericWithUnit.BuildPrefix, BuildSuffix, ConnectorToken, CompoundUnitConnectorRegex).
const FRENCH_BUILD_PREFIX = '(?<=(\\s|^|\\P{L}))';
const FRENCH_BUILD_SUFFIX = '(?=(\\s|\\P{L}|$))';
const FRENCH_CONNECTOR = 'de';
const NEVER = /(?!)/;

function frenchMoneyExtractorConfiguration(numbers: FrenchAmountExtractor): INumberWithUnitExtractorConfiguration {
  return {
    suffixList: CURRENCIES.fr.suffix,
    prefixList: CURRENCIES.fr.prefix,
    ambiguousUnitList: [],
    extractType: UnitConstants.SYS_UNIT_CURRENCY,
    cultureInfo: new CultureInfo(Culture.French),
    unitNumExtractor: numbers,
    buildPrefix: FRENCH_BUILD_PREFIX,
    buildSuffix: FRENCH_BUILD_SUFFIX,
    connectorToken: FRENCH_CONNECTOR,
    compoundUnitConnectorRegex: /(?<spacer>et)/gi,
    nonUnitRegex: NEVER,
    // Read by the extractor only when not null; the French stock configuration leaves it unset too.
    ambiguousUnitNumberMultiplierRegex: null as unknown as RegExp,
    expandHalfSuffix: () => {},
  };
}

class FrenchMoneyParserConfiguration extends BaseNumberWithUnitParserConfiguration {
  readonly internalNumberParser = AgnosticNumberParserFactory.getParser(AgnosticNumberParserType.Number, new FrenchNumberParserConfiguration());
  readonly internalNumberExtractor: FrenchAmountExtractor;
  readonly connectorToken = FRENCH_CONNECTOR;
  readonly currencyNameToIsoCodeMap: ReadonlyMap<string, string> = new Map();
  readonly currencyFractionCodeList: ReadonlyMap<string, string> = new Map();

  constructor(numbers: FrenchAmountExtractor) {
    super(new CultureInfo(Culture.French));
    this.internalNumberExtractor = numbers;
    this.BindDictionary(CURRENCIES.fr.suffix);
    this.BindDictionary(CURRENCIES.fr.prefix);
  }
}

class EnglishMoneyExtractorConfiguration extends EnglishNumberWithUnitExtractorConfiguration {
  readonly suffixList = CURRENCIES.en.suffix;
  readonly prefixList = CURRENCIES.en.prefix;
  readonly ambiguousUnitList: readonly string[] = [];
  readonly extractType = UnitConstants.SYS_UNIT_CURRENCY;

  constructor() {
    super(new CultureInfo(Culture.English));
  }
}

class EnglishMoneyParserConfiguration extends EnglishNumberWithUnitParserConfiguration {
  constructor() {
    super(new CultureInfo(Culture.English));
    this.BindDictionary(CURRENCIES.en.suffix);
    this.BindDictionary(CURRENCIES.en.prefix);
  }
}

function frenchModels(): LanguageModels {
  // One number extractor for both models: its regexes are compiled once.
  const numbers = new FrenchAmountExtractor();
  const money = new CurrencyModel(new Map([
    [new NumberWithUnitExtractor(frenchMoneyExtractorConfiguration(numbers)), new NumberWithUnitParser(new FrenchMoneyParserConfiguration(numbers))],
  ]));
  const percentParser = AgnosticNumberParserFactory.getParser(AgnosticNumberParserType.Percentage, new FrenchNumberParserConfiguration());
  return { money, percent: new PercentModel(percentParser, new FrenchPercentExtractor(numbers)) };
}

function englishModels(): LanguageModels {
  const money = new CurrencyModel(new Map([
    [new NumberWithUnitExtractor(new EnglishMoneyExtractorConfiguration()), new NumberWithUnitParser(new EnglishMoneyParserConfiguration())],
  ]));
  const percentParser = AgnosticNumberParserFactory.getParser(AgnosticNumberParserType.Percentage, new EnglishNumberParserConfiguration());
  return { money, percent: new PercentModel(percentParser, new EnglishPercentageExtractor()) };
}

const built = new Map<Language, LanguageModels>();

/** The models of a language, built on first call (tens to hundreds of ms; regexes compile on their first use). */
export function modelsFor(language: Language): LanguageModels {
  let models = built.get(language);
  if (!models) {
    models = language === 'fr' ? frenchModels() : englishModels();
    built.set(language, models);
  }
  return models;
}
