package io.zhclaims.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sports (FORMAT.md, other domains): a score is two numbers, medals and tallies are counts by
 * their metal or result, a stage is a rank, points scored a count in 分, a batting average a
 * measure. Rows as {@link FigureTable} reads them.
 */
class SportsRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            主队以3比1战胜客队                     | 3 number 3; 1 number 1
            双方2-2战平                            | 2 number 2; 2 number 2
            湖人最终以101-97险胜勇士               | 101 number 101; 97 number 97
            全场比分定格在2:0                       | 2 number 2; 0 number 0
            比赛将于北京时间19:30开始               |
            该县2-3月降水偏少                       |
            这批零件编号为3-1的有12件               | 12件 count 12 件
            联赛第5轮:武汉三镇2-1青岛海牛            | 2 number 2; 1 number 1
            本轮赛果:北京国安2-1天津津门虎          | 2 number 2; 1 number 1
            这批货物运期为1-3天                      | 1-3天 duration 1~3 天
            深圳队客场1:3不敌长春亚泰               | 1 number 1; 3 number 3
            今年增速预计在5-6之间                   |
            这项工作分3-4步完成                     |
            山东队以106∶99战胜浙江队                | 106 number 106; 99 number 99
            两队互交白卷,最终0:0收场                 | 0 number 0; 0 number 0
            她的发球得分将分差拉开至12:7             | 12 number 12; 7 number 7
            主队一度打出8比0的小高潮                 | 8 number 8; 0 number 0
            主队末节追成88比90                       | 88 number 88; 90 number 90
            晚上8:00准时直播                         |
            """)
    void scoresAreTwoNumbersOnlyInAGame(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            代表团以38金27银24铜的成绩位列第二     | 38金 count 38 金; 27银 count 27 银; 24铜 count 24 铜; 第二 rank 2
            她个人共获得2金                        | 2金 count 2 金
            该公司计划投入5金融科技项目             |
            球队本赛季取得8胜4负                    | 8胜 count 8 胜; 4负 count 4 负
            两队交手战绩为3胜1平2负                 | 3胜 count 3 胜; 1平 count 1 平; 2负 count 2 负
            这一数字与去年持平                      |
            新增绿地3平方米                         | 3平方米 measure 3 平方米
            比赛中双方战至10平后主队连追2分         | 10 number 10; 2分 count 2 分
            中锋贡献17分12篮板                      | 17分 count 17 分; 12篮板 count 12 篮板
            她已是4冠王并取得5连胜                  | 4冠 count 4 冠; 5连胜 count 5 连胜
            代表团共拿下9面奖牌                     | 9面 count 9 面
            他全场12投7中,三分5投2中                 | 12投 count 12 投; 7中 count 7 中; 5投 count 5 投; 2中 count 2 中
            下半场全队18投仅4中                      | 18投 count 18 投; 4中 count 4 中
            他下半场连续命中3记三分球                | 3记 count 3 记
            悍将本季已拿下38胜                       | 38胜 count 38 胜
            先发投手失掉4分                         | 4分 count 4 分
            主队最终大胜对手31分                    | 31分 count 31 分
            主队以2:1击败客队,全取三分               | 2 number 2; 1 number 1; 三分 count 3 分
            目前北京国安以48分排在积分榜第四         | 48分 count 48 分; 第四 rank 4
            他首局就被敲出2分砲                     |
            左投今天投了6局                         | 6局 count 6 局
            客队7局靠两支安打追平                   | 两支 count 2 支
            南区以七战十五分暂列次席                 | 七战 count 7 战; 十五分 count 15 分
            球队这个周末两战                         | 两战 count 2 战
            二战结束后欧洲百废待兴                   |
            """)
    void medalsAndTalliesAreCountedByKind(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            她在本届比赛中止步16强                  | 16强 rank 16
            球队晋级8强                             | 8强 rank 8
            该县入选全省十强县                      |
            他全场独得35分                          | 35分 count 35 分
            本季他有24轰、86分打点                   | 24轰 count 24 轰; 86分 count 86 分
            她在决赛中得了95分                      | 95分 measure 95 分
            客队末节连得9分反超比分                  | 9分 count 9 分
            主队上半场只拿到38分                    | 38分 count 38 分
            裁判给他打出9.5分                       | 9.5分 measure 9.5 分
            七局下他挥出安打再添1分                  | 1分 count 1 分
            二垒跑者趁暴投跑回1分                    | 1分 count 1 分
            捕手传球失误让对手带回2分                 | 2分 count 2 分
            第三节全队只进帐9分,被对手追近分数         | 9分 count 9 分
            他在期末考试中拿下95分                   | 95分 measure 95 分
            终场前2分18秒主队罚球命中               | 2分18秒 duration 138 秒
            她以2分05秒37的成绩夺冠                  | 2分05秒37 duration 125.37 秒
            他获得男子400米自由泳金牌                |
            她在女子100米栏决赛中摔倒                |
            全程5000米,他用时不到14分钟              | 5000米 measure 5000 米; 14分钟 duration 14 分钟 less_than
            """)
    void stagesAreRanksAndPointsScoredAreCounts(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            他以打击率0.341夺得打击王               | 0.341 measure 0.341
            今年有5人打击率超过3成                  | 5人 count 5 人; 3成 measure 0.3 more_than
            他本季打击率3成12                       | 3成12 measure 0.312
            全队防御率为2.85                        | 2.85 measure 2.85
            """)
    void battingAveragesAreMeasures(String sentence, String figures) {
        FigureTable.check(sentence, figures);
    }
}
