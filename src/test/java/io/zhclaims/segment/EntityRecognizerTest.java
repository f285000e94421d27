package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityRecognizerTest {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();

    private static List<String> texts(String sentence, EntityType type) {
        return RECOGNIZER.recognize(sentence).stream().filter(e -> e.type() == type).map(Entity::text).toList();
    }

    @Test
    void keepsStanfordUniversityAsOneOrganization() {
        String s = "斯坦福大学《2024年人工智能指数报告》显示,华人科学家主导或参与的论文占比达42%。";
        List<Entity> orgs = RECOGNIZER.organizations(s);
        assertEquals(List.of(new Entity("斯坦福大学", EntityType.ORG, 0, 5)), orgs);
        assertFalse(texts(s, EntityType.PERSON).contains("斯坦福"));
    }

    @Test
    void unionsOfStatesAreBlocsNotOrganizationsOfAFigure() {
        String s = "今年前10个月,中国同东盟贸易额增长9.4%,对欧盟出口则下降3%,北约成员国军费普遍上升。";
        assertEquals(List.of("东盟", "欧盟", "北约"), texts(s, EntityType.BLOC));
        assertTrue(RECOGNIZER.organizations(s).isEmpty());
        assertEquals(List.of("东盟", "欧盟", "北约"), RECOGNIZER.namedBodies(s).stream().map(Entity::text).toList());
        // a body of the union is an organization of its own
        assertEquals(List.of("欧盟统计局"), texts("欧盟统计局公布,欧元区10月通胀率为2.1%。", EntityType.ORG));
    }

    @Test
    void aGroupCountedByItsMembersIsNoOrganization() {
        assertTrue(RECOGNIZER.organizations("五大寿险公司上月合计获利120亿元。").isEmpty());
        assertTrue(RECOGNIZER.organizations("三大电信运营商上半年营收合计1.1万亿元。").isEmpty());
        assertEquals(List.of("中共十五大"), texts("中共十五大以来,全国共新建学校1.2万所。", EntityType.ORG));
    }

    @Test
    void anInsurersArmIsNamedByItsOwnerAndTrade() {
        assertEquals(List.of("国泰人寿"), texts("国泰人寿前9月税后纯益344亿元。", EntityType.ORG));
        assertEquals(List.of("富邦产险"), texts("富邦产险上月保费收入成长8%。", EntityType.ORG));
        assertEquals(List.of("台湾人寿"), texts("台湾人寿上月税后纯益64亿元。", EntityType.ORG));
        // 美邦 inside 三商美邦人寿 is no owner of an arm
        assertFalse(texts("玉山金说明并购三商美邦人寿的原因。", EntityType.ORG).contains("美邦人寿"));
    }

    @Test
    void anExchangeIsNamedByItsCity() {
        assertEquals(List.of("东京证券交易所"), texts("东京证券交易所位居第五,上半年有25只新股上市。", EntityType.ORG));
    }

    @Test
    void aStockCodeMakesACommonNounACompany() {
        assertEquals(List.of("全家"), texts("全家(5903)门市数达4,470家。", EntityType.ORG));
        assertTrue(RECOGNIZER.organizations("全年(2024)门市数达4,470家。").isEmpty());
    }

    @Test
    void anAmbiguousCompanyNameIsOneBeforeItsRevenue() {
        assertEquals(List.of("港铁"), texts("港铁上半年总收入按年跌23.6%。", EntityType.ORG));
        assertTrue(RECOGNIZER.organizations("港铁沿线的楼价上升3%。").isEmpty());
    }

    @Test
    void anAmbiguousAgencyNameActsAsOneWhenItRevisesOrWillAct() {
        assertEquals(List.of("央行"), texts("央行上修今年经济成长率至4.5%。", EntityType.ORG));
        assertEquals(List.of("央行"), texts("央行并将进行两项措施松绑。", EntityType.ORG));
    }

    @Test
    void aListThatAWordOfCompaniesIntroducesIsOfCompanies() {
        assertEquals(List.of("盛大文化", "凯撒文化"), texts("今年有三家公司出现亏损,包括盛大文化、凯撒文化、完美世界等。", EntityType.ORG));
        assertTrue(RECOGNIZER.organizations("包括盛大文化、凯撒文化等。").isEmpty());
    }

    @Test
    void aTwoCharacterNameTheSegmenterJoinedToTheVerbAfterItStandsBeforeThatVerb() {
        assertEquals(List.of("台电"), texts("台电表示,去年用电量增长10%。", EntityType.ORG));
    }

    @Test
    void aClubsShortNameThatIsMostlyAWordIsTheClubAsASideOfAGame() {
        assertEquals(List.of("东方", "杰志"), texts("东方以0:4不敌杰志。", EntityType.ORG));
        assertTrue(RECOGNIZER.organizations("东方的天空渐渐亮了。").isEmpty());
    }

    @Test
    void aNameFoundAlreadyIsTheSideOfAScoreWithoutTheWordsAfterIt() {
        assertEquals(List.of("杰志"), texts("全场比赛最后阶段,前锋射门入网替杰志镇定4:0的比数。", EntityType.ORG));
    }

    @Test
    void aDataPlatformIsTheSourceOfItsFigures() {
        assertEquals(List.of("灯塔专业版"), texts("据灯塔专业版数据,今年暑期档总票房已突破120亿元。", EntityType.ORG));
    }

    @Test
    void anAgencyOfTheSixCitiesIsNamedByThem() {
        assertEquals(List.of("六都地政局"), texts("六都地政局统计,10月建物买卖移转栋数为2.5万栋。", EntityType.ORG));
    }

    @Test
    void recognizesNvidiaAsOrganizationNotPerson() {
        String s = "国内同代产品性能约为英伟达A100的70%。";
        assertEquals(List.of("英伟达"), texts(s, EntityType.ORG));
        assertTrue(texts(s, EntityType.PERSON).isEmpty());
    }

    @Test
    void findsAnUnlistedOrganizationThatASentenceQuotesAsItsSource() {
        assertEquals(List.of("中国汽车动力电池产业创新联盟"),
                texts("据中国汽车动力电池产业创新联盟数据显示,一季度装车量184.4GWh。", EntityType.ORG));
        assertEquals(List.of("上海有色网"), texts("上海有色网监测显示,碳酸锂均价约为每吨7.4万元。", EntityType.ORG));
        assertEquals(List.of("国家心血管病中心"), texts("据国家心血管病中心估算,我国心血管病患者约3.3亿人。", EntityType.ORG));
    }

    @Test
    void spokespersonSpeaksForTheOrganizationBeforeTheirTitle() {
        String s = "政策层面,明澈城市发展智库首席分析师周岚表示,已有超过20个城市优化限购措施。";
        assertEquals(List.of("明澈城市发展智库"), texts(s, EntityType.ORG));
    }

    @Test
    void sourceMayBeIntroducedByItsRecordsOrADate() {
        assertEquals(List.of("土地注册处"), texts("土地注册处资料显示,10月份共录得5,216宗住宅买卖登记。", EntityType.ORG));
        assertEquals(List.of("行政院主计总处"), texts("总体经济面,行政院主计总处11月28日发布最新预测,经济成长率上修至7.37%。", EntityType.ORG));
        assertEquals(List.of("Kestrel Capital Research"), texts("Kestrel Capital Research分析师指出,AI伺服器需求强劲。", EntityType.ORG));
        assertTrue(texts("经济成长率上修至7.37%。", EntityType.PERSON).isEmpty());
    }

    @Test
    void officialTitledByTheirOfficeSpeaksForIt() {
        assertEquals(List.of("观光署"), texts("观光署长周永晖表示,明年将编列新台币50亿元推动国际行销。", EntityType.ORG));
        assertEquals(List.of("和缘生物"), texts("和缘生物首席医学官周蔚然表示,公司计划递交上市申请。", EntityType.ORG));
    }

    @Test
    void companyWhoseOwnBusinessFiguresFollowIsNamed() {
        assertEquals(List.of("和缘生物"), texts("截至目前,和缘生物累计融资额超过20亿元人民币。", EntityType.ORG));
        assertEquals(List.of("鸿图智能"), texts("其中,鸿图智能今年完成B轮融资5亿元。", EntityType.ORG));
        assertTrue(texts("全球科技公司营收普遍增长。", EntityType.ORG).isEmpty(), "a description names no company");
    }

    @Test
    void startupsAndAssociationsAreFoundByTheirDealsAndStatements() {
        assertEquals(List.of("国际半导体产业协会"), texts("据国际半导体产业协会(SEMI)统计,设备采购额达到496亿美元。", EntityType.ORG));
        assertEquals(List.of("星衍智能", "启明创投"),
                texts("杭州的星衍智能(Starlume Robotics)于9月完成12亿元B轮融资,由启明创投领投。", EntityType.ORG)
                        .stream().filter(n -> !n.equals("杭州")).toList());
        assertEquals(List.of("乘用车市场信息联席会"), texts("乘用车市场信息联席会秘书长韩启明表示,出口有望突破230万辆。", EntityType.ORG));
    }

    @Test
    void periodBeforeAGenericHeadIsNoName() {
        assertEquals(List.of("阿斯麦"), texts("阿斯麦最新财报显示,2025年第三季度公司实现净销售额75.2亿欧元。", EntityType.ORG));
    }

    @Test
    void commonWordAfterACategoryWordIsNoName() {
        assertTrue(texts("在美国的企业和研究机构专门研究AI的顶级研究人员中。", EntityType.ORG).isEmpty());
        assertTrue(texts("台积电市占率达67.6%。", EntityType.PERSON).isEmpty());
    }

    @Test
    void wordThatIsAlsoACompanyIsOneWhenItsBusinessFiguresFollow() {
        assertEquals(List.of("寒武纪"), texts("其中,寒武纪2025年上半年营收28.8亿元,同比增长43倍。", EntityType.ORG));
    }

    @Test
    void anOrganizationNameMayContainAWordThatAloneIsNoOrganization() {
        assertEquals(List.of("政府统计处"), texts("政府统计处公布,本地生产总值实质按年增长3.1%。", EntityType.ORG));
    }

    @Test
    void aNameThatGoesOnIntoARankingNamesTheRanking() {
        assertTrue(texts("最新QS世界大学排名发布:内地5所高校进入前50", EntityType.ORG).isEmpty());
    }

    @Test
    void findsAnUnlistedOrganizationAfterItsCategoryWord() {
        assertEquals(List.of("SNE Research"), texts("研究机构SNE Research预计,到2030年需求将达到3.5TWh。", EntityType.ORG));
    }

    @Test
    void sourceThatIsAnAnaphorOrAPersonIsNoOrganization() {
        assertTrue(texts("该公司表示,营收增长5%。", EntityType.ORG).isEmpty());
        assertTrue(texts("专家表示,我们预计今年增长5%。", EntityType.ORG).isEmpty());
    }

    @Test
    void doesNotTakeShareFragmentForPerson() {
        assertTrue(texts("在算力层,华人工程师占比达61%。", EntityType.PERSON).isEmpty());
    }

    @Test
    void keepsRealPersonNames() {
        assertEquals(List.of("杨植麟"), texts("杨植麟2015年毕业于清华大学,随后前往卡内基梅隆大学深造。", EntityType.PERSON));
    }

    @Test
    void doesNotTakeSurnameWithTitleForPerson() {
        assertTrue(texts("江主席来到哈佛大学发表演讲。", EntityType.PERSON).isEmpty());
    }

    @Test
    void recognizesDeepSeekInChineseLatinAndLowerCase() {
        assertEquals(List.of("深度求索"), texts("深度求索发布了新模型。", EntityType.ORG));
        assertEquals(List.of("DeepSeek"), texts("DeepSeek的算法在华尔街创造价值。", EntityType.ORG));
        assertEquals(List.of("深度求索deepseek"), texts("以深度求索deepseek为代表的中国团队。", EntityType.ORG));
    }

    @Test
    void reportsCountriesAndCitiesAsPlacesNotOrganizations() {
        String s = "美国和北京的研究人员数量相当。";
        assertTrue(RECOGNIZER.organizations(s).isEmpty());
        assertEquals(List.of("美国", "北京"), texts(s, EntityType.PLACE));
    }

    @Test
    void doesNotTakeModelsOrFrameworksForOrganizations() {
        assertTrue(RECOGNIZER.organizations("Qwen和TensorFlow都提供了中文支持。").isEmpty());
        assertTrue(RECOGNIZER.organizations("其核心代码库Autopilot依赖CUDA加速。").isEmpty());
    }

    @Test
    void doesNotTakeModelNamedAfterItsMakerForOrganization() {
        assertTrue(RECOGNIZER.organizations("DeepSeek-V3的训练成本不到600万美元。").isEmpty());
    }

    @Test
    void rejectsHanLpOrganizationTagsWithoutOrganizationShape() {
        // HanLP tags 现代 and 创业者 as organizations (ntc).
        assertTrue(RECOGNIZER.organizations("现代社会的创业者越来越多。").isEmpty());
    }

    @Test
    void confirmsAmbiguousCompanyNameInListOfCompanies() {
        assertEquals(List.of("谷歌", "微软", "苹果", "亚马逊", "Meta"),
                texts("谷歌、微软、苹果、亚马逊、Meta等七大科技巨头。", EntityType.ORG));
        assertTrue(RECOGNIZER.organizations("他每天早上吃一个苹果。").isEmpty());
    }

    @Test
    void confirmsAmbiguousCompanyNameAfterItsCountry() {
        assertEquals(List.of("大众", "宝马集团"), texts("德国大众、德国宝马集团在华销量下降。", EntityType.ORG));
    }

    @Test
    void keepsUnitNamedTogetherWithItsOrganization() {
        assertEquals(List.of("华为昇腾团队"), texts("华为昇腾团队将推理延迟降至120ms。", EntityType.ORG));
        assertEquals(List.of("《自然》杂志"), texts("《自然》杂志统计了论文数量。", EntityType.ORG));
    }

    @Test
    void aBodysUnitNamedAfterItIsOneNameEvenWhenBothAreListed() {
        assertEquals(List.of("卫生署卫生防护中心"), texts("卫生署卫生防护中心昨日再接获两宗个案。", EntityType.ORG));
    }

    @Test
    void anAgeBeforeAHospitalIsNoPartOfItsName() {
        assertEquals(List.of("广华医院"), texts("另一死者是八十八岁广华医院男病人。", EntityType.ORG));
    }

    @Test
    void aSubsidiaryWordBeforeAListedBankIsNoPartOfItsName() {
        assertEquals(List.of("第一银行"), texts("子公司第一银行上月获利增加一成。", EntityType.ORG));
    }

    @Test
    void recognizesLatinNamesWithSpaces() {
        assertEquals(List.of("Hugging Face", "Artificial Analysis"),
                texts("Hugging Face和Artificial Analysis的数据显示。", EntityType.ORG));
    }

    @Test
    void keepsConferenceNameBeforeEditionYear() {
        assertEquals(List.of("NeurIPS"), texts("NeurIPS 2024接收的论文中,华人作者占一半。", EntityType.ORG));
    }

    @Test
    void buildsOrganizationFromPlaceAndSuffix() {
        assertEquals(List.of("湖北航天技术研究院"), texts("湖北航天技术研究院发布了新成果。", EntityType.ORG));
    }

    @Test
    void doesNotTakeGenericCompanyDescriptionForOrganization() {
        assertTrue(RECOGNIZER.organizations("美国科技公司纷纷加大投入。").isEmpty());
    }

    @Test
    void doesNotFindShortNameInsideLongerWord() {
        assertTrue(RECOGNIZER.organizations("北京大学生创业热情高涨。").isEmpty());
    }

    @Test
    void reportsOffsetsIntoTheSentence() {
        String s = "据海关统计,2022年我国进出口增长7.7%。";
        Entity e = RECOGNIZER.organizations(s).get(0);
        assertEquals("海关", s.substring(e.start(), e.end()));
    }

    @Test
    void returnsNothingForBlankSentenceAndRejectsNull() {
        assertTrue(RECOGNIZER.recognize("  ").isEmpty());
        assertThrows(NullPointerException.class, () -> RECOGNIZER.recognize(null));
    }

    @Test
    void aStockCodeInBracketsMarksAListedCompany() {
        assertEquals(List.of("三商寿"), texts("三商寿(2867)今年前三季税后纯益为12.5亿元。", EntityType.ORG));
        assertEquals(List.of("旺宏"), texts("其中旺宏(2337)营收增加3.2%。", EntityType.ORG));
        assertEquals(List.of(), texts("今年预算(2024)增加了5%。", EntityType.ORG));
        assertEquals(List.of("嘉汇达"), texts("嘉汇达(086)公布全年纯利按年跌3.2%。", EntityType.ORG));
    }

    @Test
    void aOneCharacterJoiningWordAtAClauseStartBeginsTheCodedName() {
        assertEquals(List.of("和大"), texts("以零件厂来看,和大(1536)上月营收达12亿元。", EntityType.ORG));
    }

    @Test
    void aPortIsAnOrganizationWhereItHandlesCargoAndAPlaceAShipSailsFrom() {
        assertEquals(List.of("厦门港"), texts("厦门港首季吞吐量249万个标箱,按年增长11.6%。", EntityType.ORG));
        assertEquals(List.of(), texts("装载1000多辆汽车的滚装船从泉州港起航。", EntityType.ORG));
    }

    @Test
    void anAgencyThatProvidesTheDataIsTheSource() {
        assertEquals(List.of("保险局"), texts("根据保险局提供数据显示,寿险业前9月保费收入为1.2兆元。", EntityType.ORG));
    }

    @Test
    void aVerbBeforeAGenericHeadNamesNoCompany() {
        assertEquals(List.of(), texts("新店开幕后,带动集团营收上看300亿元。", EntityType.ORG));
    }

    @Test
    void earningsPerShareAfterAnAmbiguousNameConfirmsTheCompany() {
        // 国泰 is listed as a name that is also a word
        assertEquals(List.of("国泰"), texts("国泰上月EPS为0.52元,优于预期。", EntityType.ORG));
    }

    @Test
    void aProvinceThatPlaysAgainstAClubIsAClub() {
        List<String> orgs = texts("CBA常规赛今晚山东对阵广厦,山东此前12胜5负。", EntityType.ORG);
        assertTrue(orgs.containsAll(List.of("山东", "广厦")), orgs.toString());
    }

    @Test
    void aYearGlossedInBracketsIsNoStockCode() {
        assertEquals(List.of(), texts("八家上市寿险去(2025)年合计赚进1200亿元。", EntityType.ORG));
    }

    @Test
    void wordsBetweenAListedNameAndItsCodeCompleteTheName() {
        assertEquals(List.of("日月光投控"), texts("日月光投控(3711)今日公布10月营收为580亿元。", EntityType.ORG));
    }

    @Test
    void aListedNameEndsWhereTheSegmenterJoinedItWithTheNextWord() {
        assertEquals(List.of("中华电"), texts("中华电表示,宽频用户去年增加了12万户。", EntityType.ORG));
        assertEquals(List.of("农业农村部"), texts("农业农村部下达救灾资金3.2亿元。", EntityType.ORG));
        // 人社部门: what is left after the name reads as no word
        assertEquals(List.of(), texts("市人社部门在广场举办招聘会,提供岗位2000个。", EntityType.ORG));
    }

    @Test
    void anAmbiguousAgencyNameCountsWhereItIssuesSomething() {
        assertEquals(List.of("天文台"), texts("天文台于清晨5时许发出黄色暴雨警告。", EntityType.ORG));
        assertEquals(List.of("统计处"), texts("统计处发表住户调查,指去年家庭月入中位数为2.8万元。", EntityType.ORG));
        assertEquals(List.of("深圳机场"), texts("深圳机场3月2日发布公告,2月旅客吞吐量达520万人次。", EntityType.ORG));
    }

    @Test
    void aBodysMeetingIsNotPartOfItsName() {
        List<String> orgs = texts("七届全国人大三次会议通过了这项决定,赞成票2600多张。", EntityType.ORG);
        assertTrue(orgs.stream().noneMatch(o -> o.endsWith("会议")), orgs.toString());
    }

    @Test
    void hongKongVariantCharacterStillFindsTheListedAgencyAsWritten() {
        assertEquals(List.of("衞生防护中心"), texts("衞生防护中心今日公布,上周录得35宗流感个案。", EntityType.ORG));
    }

    @Test
    void agencyThatAnnouncesAfterADayOrAnAdverbIsFound() {
        assertEquals(List.of("国健署"), texts("国健署今(3)日公布,去年成人吸菸率降至13%。", EntityType.ORG));
        assertEquals(List.of("大考中心"), texts("此外,大考中心也统计,今年报考人数为12万人。", EntityType.ORG));
    }

    @Test
    void unknownItemsOfAListOfCompaniesAreCompaniesToo() {
        List<String> orgs = texts("外资本周卖超鸿海、台达电、联发科、南亚科、欣兴等电子股。", EntityType.ORG);
        assertTrue(orgs.containsAll(List.of("鸿海", "联发科", "南亚科", "欣兴")), orgs.toString());
    }

    @Test
    void aListOfFoodsOrCountriesGetsNoOrganization() {
        assertTrue(texts("牛肉、羊肉、鸡蛋价格分别上涨1%、2%和3%。", EntityType.ORG).isEmpty());
        assertTrue(texts("美国、日本、韩国和德国的出口增长5%。", EntityType.ORG).isEmpty());
    }

    @Test
    void aProvincesSideIsAClubWhileACountrysIsNot() {
        assertEquals(List.of("山东男篮", "四川男篮"), texts("山东男篮以101-88战胜四川男篮,取得三连胜。", EntityType.ORG));
        assertTrue(texts("日本男篮以70-65战胜韩国男篮。", EntityType.ORG).isEmpty());
    }

    @Test
    void anAmbiguousNameCountsWhenItsPersonSpeaksForIt() {
        assertEquals(List.of("中原"), texts("中原黄伟明称,太古城两房单位以980万元易手。", EntityType.ORG));
        assertTrue(texts("中原地区小麦产量增长3%。", EntityType.ORG).isEmpty());
    }

    @Test
    void anAmbiguousNameCountsWhereItSaysSomething() {
        assertEquals(List.of("中原"), texts("中原称,沙田第一城两房单位以560万元易手。", EntityType.ORG));
    }

    @Test
    void anAmbiguousAgencyThatOpensAHeadlineWithAColonIsQuoted() {
        assertEquals(List.of("统计局"), texts("统计局:今年秋粮增产120万吨", EntityType.ORG));
        assertTrue(texts("今年的统计局:数字略有不同", EntityType.ORG).isEmpty());
    }

    @Test
    void aRareWordBeforeACompanyEndingNamesACompany() {
        assertEquals(List.of("晶华股份"), texts("据报道,晶华股份今年净利润增长15%。", EntityType.ORG));
        assertEquals(List.of("永辉超市"), texts("永辉超市上半年营收增长4%。", EntityType.ORG));
    }

    @Test
    void aCommonWordOrANumberBeforeACompanyEndingDescribesAKind() {
        assertTrue(texts("商业银行不良贷款率为1.6%。", EntityType.ORG).isEmpty());
        assertTrue(texts("三家银行的存款增长5%。", EntityType.ORG).isEmpty());
        assertTrue(texts("前十大未上市财险公司保费收入占比近七成。", EntityType.ORG).isEmpty());
    }

    @Test
    void aCitysSideNamedByItsTeamWordIsAClub() {
        assertEquals(List.of("浙江队"), texts("浙江队主场2比1取胜。", EntityType.ORG));
    }

    @Test
    void bothSidesOfAScoreNamedByTheirCityAreClubs() {
        assertEquals(List.of("高雄海神", "台中太阳"), texts("高雄海神以95比88击败台中太阳。", EntityType.ORG));
        assertTrue(texts("中国选手王明以2比0击败日本选手。", EntityType.ORG).isEmpty());
    }

    @Test
    void aClubNamedByItsNicknameBesideAScoreIsAClub() {
        assertEquals(List.of("飞鹰"), texts("终场飞鹰以98比90收下三连胜。", EntityType.ORG));
        assertEquals(List.of("飞鹰", "海狮"), texts("飞鹰就以55比41大幅领先海狮。", EntityType.ORG));
    }

    @Test
    void aClubNamedByItsNicknameIsAClubWhereItPlaysAwayOrAtHome() {
        assertEquals(List.of("飞鹰", "雷豹"), texts("近况不错的飞鹰今天作客雷豹主场,首节还以20比22落后。", EntityType.ORG));
        assertEquals(List.of("雷豹"), texts("雷豹全队三分球30投仅6中。", EntityType.ORG));
    }

    @Test
    void theNamesOnBothSidesOfALineScoreAreClubs() {
        assertEquals(List.of("湖人", "快船"), texts("湖人 120-115 快船", EntityType.ORG));
        assertEquals(List.of("太阳", "灰熊"), texts("太阳(40-20)以110-104击败灰熊(35-25)。", EntityType.ORG));
        assertTrue(texts("整个冬季降水量15-22毫米,比常年偏多。", EntityType.ORG).isEmpty());
    }

    @Test
    void aVoteAPlayerAWordOfTheGameOrACountBesideAScoreIsNoClub() {
        assertTrue(texts("该法案以52比48获得通过。", EntityType.ORG).isEmpty());
        assertTrue(texts("王明以2比0击败对手,取得三连胜。", EntityType.ORG).isEmpty());
        assertTrue(texts("比赛中双方以1比1战平。", EntityType.ORG).isEmpty());
        assertTrue(texts("第三节差距拉开到两位数48比35。", EntityType.ORG).isEmpty());
        assertTrue(texts("但靠著40比31的篮板优势,半场仍领先。", EntityType.ORG).isEmpty());
        assertTrue(texts("首节打出一波12比0攻势后领先。", EntityType.ORG).isEmpty());
    }

    @Test
    void aListedClubCountsByItsFullNameAndItsNicknameOnlyWithAContext() {
        assertEquals(List.of("新竹御嵿攻城狮"), texts("新竹御嵿攻城狮本季主场上座率增长12%。", EntityType.ORG));
        // 勇士 is also a word: alone it needs a context (here the score)
        assertTrue(texts("这些勇士的故事感动了很多人。", EntityType.ORG).isEmpty());
        assertEquals(List.of("勇士"), texts("终场勇士以101比99险胜。", EntityType.ORG));
    }

    @Test
    void anAsideInBracketsEndsANameTheModelRunsOn() {
        assertEquals(List.of("台湾职业篮球大联盟", "台南台钢猎鹰", "桃园云豹"),
                texts("台湾职业篮球大联盟(TPBL)台南台钢猎鹰昨天作客桃园云豹主场。", EntityType.ORG));
    }

    @Test
    void wordsInBracketsInsideANameStayPartOfIt() {
        assertEquals(List.of("中国人寿保险(集团)公司"), texts("中国人寿保险(集团)公司上半年保费收入增长6%。", EntityType.ORG));
    }

    @Test
    void aListedNameIsFoundWhereTheSegmenterJoinsItWithAFunctionWord() {
        // 为力/积/电 and 从中/国商飞: the segmenter's words cross the name's first character
        assertEquals(List.of("力积电"), texts("外资买超第一名为力积电3万张。", EntityType.ORG));
        assertEquals(List.of("中国商飞"), texts("记者今天从中国商飞了解到,试飞共持续了20天。", EntityType.ORG));
    }

    @Test
    void aClubsShortNameAfterAPlaceIsNoClub() {
        // 西海岸 is a short name of 青岛西海岸, but after a country it is a coast
        assertTrue(texts("美国西海岸的山火烟霾影响了3个州。", EntityType.ORG).isEmpty());
    }

    @Test
    void aClubsTwoCharacterShortNameDoesNotCutALongerName() {
        assertEquals(List.of("蓝鲸财经"), texts("据蓝鲸财经统计,今年上半年共有36家基金公司规模增长。", EntityType.ORG));
    }

    @Test
    void aSeasonOrATermBeforeAWordIsNoPartOfAName() {
        assertTrue(texts("他是本季联盟得分王,场均28.5分。", EntityType.ORG).isEmpty());
        assertTrue(texts("稍早院会减列67亿元。", EntityType.ORG).isEmpty());
    }

    @Test
    void aLetterRightAfterADigitBelongsToACodeNotToAName() {
        assertTrue(texts("交易所正处理24宗18A生物科技公司的上市申请。", EntityType.ORG).isEmpty());
        assertEquals(List.of("3M公司"), texts("据3M公司统计,销量增长4%。", EntityType.ORG));
    }

    @Test
    void aFinancialMediaOutletThatCompiledTheFiguresIsTheirSource() {
        assertEquals(List.of("青松财经"), texts("据青松财经统计,今年前三季度共有58家券商实现盈利。", EntityType.ORG));
        assertEquals(List.of("青松财经"), texts("同时,青松财经梳理45家上市银行的年报发现,不良贷款率平均为1.3%。", EntityType.ORG));
    }

    @Test
    void anAmbiguousNameThatSaysSomethingTheHongKongWayIsAnOrganization() {
        assertEquals(List.of("小米"), texts("小米指,上季度手机出货量达到4,200万部,按年增长12%。", EntityType.ORG));
        assertTrue(texts("小米指数上季度上涨了12%。", EntityType.ORG).isEmpty());
    }
}
