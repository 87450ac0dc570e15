-- Schema version 1 (0001_initial.sql) with the demo database's rows (openmayor-cli init
-- --demo, copied table by table), as a store written before full-text search existed.
PRAGMA user_version = 1;
PRAGMA application_id = 1330467633;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO sync_state VALUES('applying_remote','0');
CREATE TABLE sync_outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    captured_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
INSERT INTO sync_outbox VALUES(1,'media','7ed6524e-5bd8-4599-8293-2ca4874c626e','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(2,'media','1a74b744-9b53-432e-ae5d-3cb084819d02','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(3,'media','94997daf-4172-4949-a0e6-4fb4c9117f48','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(4,'media','1556141b-0278-433f-b04d-b3861eba7247','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(5,'media','ebae9f15-019e-400f-bb58-5089dca21790','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(6,'media','32dad4fd-08f9-45aa-90d2-80819a48ed5e','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(7,'media','1e06d71e-7c5e-4a85-83e0-8009dc249f38','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(8,'media','d3470bb4-af27-4dfd-b942-e016e976695a','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(9,'media','ca93d77f-8493-4596-861d-0a4c063789a8','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(10,'media','4b84b0ea-f13e-47c1-8b64-734800bb6044','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(11,'media','40aa7243-5e57-4059-b82c-22f5812a3eef','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(12,'media','240f367a-ad11-409a-ad0f-8f947244e911','insert','2026-11-26T10:35:11.540Z');
INSERT INTO sync_outbox VALUES(13,'term','614e3bce-8382-4fd2-8fcd-e1291fb7b0a0','insert','2026-11-26T10:35:11.541Z');
INSERT INTO sync_outbox VALUES(14,'pledge_area','54f123b3-1bc9-429f-afea-c3254b112612','insert','2026-11-26T10:35:11.541Z');
INSERT INTO sync_outbox VALUES(15,'pledge_goal','0c76f4ac-3693-4806-a047-55bf56724051','insert','2026-11-26T10:35:11.541Z');
INSERT INTO sync_outbox VALUES(16,'pledge','8a2a2641-45e3-41d1-ae8f-91451431f300','insert','2026-11-26T10:35:11.541Z');
INSERT INTO sync_outbox VALUES(17,'pledge_task','71ec20cf-3ddf-47d5-ac6a-75ed5e00ec9b','insert','2026-11-26T10:35:11.594Z');
INSERT INTO sync_outbox VALUES(18,'pledge_task','405bddbd-5f06-43ee-a146-319f78d09728','insert','2026-11-26T10:35:11.594Z');
INSERT INTO sync_outbox VALUES(19,'pledge_budget','d1ac3a1b-c818-41b5-9b37-daf9469b0c27','insert','2026-11-26T10:35:11.594Z');
INSERT INTO sync_outbox VALUES(20,'pledge_budget','a3cfaf1b-cb73-40a1-a957-1d3cd2337e90','insert','2026-11-26T10:35:11.594Z');
INSERT INTO sync_outbox VALUES(21,'pledge_budget_executed','e0a3f6e9-b482-4b0e-91f8-c66219eb9fad','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(22,'pledge_budget_executed','0e5c331d-9d3d-4003-82fb-d268030a8d1d','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(23,'pledge_progress','1b20963b-3aec-4c44-b81f-7097a8e23365','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(24,'pledge_progress','53d771ea-bdba-4b69-a8d6-170fbb88027e','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(25,'pledge_progress','5922047e-be18-4e97-b812-1d48a1f907ce','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(26,'pledge_progress','b77e6d6e-4169-4725-aa4a-ab46e93ecc1c','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(27,'pledge_progress','2a340ba9-ece0-4195-84a7-35145d79f929','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(28,'pledge_progress','6e7cbf12-e2a7-420c-aff6-62fe9b1f7ec3','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(29,'pledge_progress','a60ac7a6-45c7-45a0-9864-8eb60f1efbf8','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(30,'pledge_progress','bd844f47-46c5-4842-9e24-aa372b1ac6ff','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(31,'pledge_progress','b863685f-cc6a-4ac9-be37-d9286171e5c5','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(32,'pledge_indicator','cabe6fe0-7359-4400-8adc-f91327c6a1a7','insert','2026-11-26T10:35:11.595Z');
INSERT INTO sync_outbox VALUES(33,'indicator_value','4c13202b-8860-4ed5-b11d-b5e094dfd293','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(34,'indicator_value','c8f71141-8fde-4c19-b4b0-d89a9615bbee','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(35,'indicator_value','5759b8cc-1990-4c2a-a924-84b92a081cdd','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(36,'indicator_value','6927f044-b43a-4183-b035-54424ceb843e','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(37,'indicator_value','a24f1a1b-259f-4641-b2aa-6c85ecdc2b3c','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(38,'pledge_department','17dbdc25-98c6-452a-86b0-15e37d5ffccf','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(39,'pledge_department','4f3fa6db-4870-49c1-90ac-bc74a5f23966','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(40,'pledge_department','229c0836-e8ad-4236-81a6-e700188ea4c5','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(41,'pledge_department','7aed1abd-ac41-4839-bdc9-bce1c9877ea9','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(42,'pledge_department','514eecd3-1b25-47e0-a453-de8da2cfcca8','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(43,'pledge_department','e0be743f-0357-4687-9961-6bfa4b99dd21','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(44,'reporting_period','ad6c191d-a886-4085-8f25-1c31a3714567','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(45,'reporting_period','2a1ea7be-1168-4c10-b1f7-be22da5b875e','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(46,'reporting_period','c912013b-f2a3-41fb-96cd-85500bd915c4','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(47,'reporting_period','e5961ea8-979a-492f-9e6f-f307d6df3eaa','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(48,'reporting_period','66899b5e-52ce-45f2-923a-f3a925b48921','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(49,'reporting_period','f7978014-86a5-4882-9f0a-0d7e228827c6','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(50,'pledge_snapshot','23bb13b6-53ca-4f37-a9f0-d7e5a103587e','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(51,'pledge_snapshot','cbfd6b7f-4450-4cdf-a671-ead926908b74','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(52,'pledge_snapshot','34477523-3081-4f9a-a11d-0ca8550adc81','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(53,'pledge_snapshot','f37f89ac-f4a5-4718-b4d3-fc6bd8346afa','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(54,'pledge_snapshot','5f7a7551-090a-47a6-a4a7-e20ce1908efc','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(55,'pledge_snapshot','c9cbb736-e328-4eb4-bd06-6cceaf705e64','insert','2026-11-26T10:35:11.596Z');
INSERT INTO sync_outbox VALUES(56,'page','d7dfdb11-6e4a-4454-85d5-ddb87cd4f152','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(57,'page','bfc89469-d7c6-4c38-9ece-c2ccbf159879','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(58,'page','17fe573a-9750-4f42-aefd-1147e17a50cd','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(59,'speech','e8a5e30b-1d12-4152-9f7e-23e382d89ff0','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(60,'speech','5fa5c61c-1dc8-4604-ae09-82b843b7d374','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(61,'speech','6fa4e423-25da-49b7-b3c2-b4a469f558fe','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(62,'speech','0cbe7bb3-2139-4e23-ab77-bc9c091160b2','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(63,'speech','43a46db1-2dc8-4843-ad9e-76a32e2364be','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(64,'speech','137a018a-06ca-42db-9e2e-aa25c2c3fbc3','insert','2026-11-26T10:35:11.597Z');
INSERT INTO sync_outbox VALUES(65,'schedule_event','f6f01cde-4efc-42a4-b750-a4a5ed004c19','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(66,'schedule_event','f1c7665d-22cf-4e87-b97a-d3bf19a6e4d9','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(67,'schedule_event','d63425f4-e698-4068-9111-3068d7bb00d7','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(68,'schedule_event','f67bdc1e-feaa-4dfa-b772-f8d5885cdeb0','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(69,'schedule_event','f946b2b8-54bf-4fea-98f0-e463a9315fc2','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(70,'schedule_event','c8e0a422-308d-49b1-84ee-644e7fbdc87a','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(71,'schedule_event','ebc129a1-cc4c-44f9-85ae-cd2f24abf529','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(72,'schedule_event','af0eca31-d02c-4158-bf48-cf88d4f74573','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(73,'schedule_event','e4aac9f7-dc86-4f31-8005-42f2f8f49f0d','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(74,'schedule_event','e8a4c2ff-7682-4c5c-a57d-d6b446883295','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(75,'schedule_event','8c36e5aa-81cb-4332-8e21-32a4cb38cf36','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(76,'schedule_event','2cf0671d-4c20-4e85-8d09-e759e0ac59cd','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(77,'schedule_event','84ff823f-a9b5-4d78-89d9-411fcc5e14e9','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(78,'schedule_event','ead54466-9b9c-4178-ad70-2b60af593a85','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(79,'schedule_event','78529585-41cf-44e5-9658-767cdfc99d42','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(80,'schedule_event','fe3e9647-c8e5-4ad5-b43e-a39a34d63ccb','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(81,'schedule_event','ce626c1b-81da-4304-a2ba-85a0802baa3f','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(82,'schedule_event','adfb83a5-f3db-4c34-a3fd-6ef1986f23f0','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(83,'schedule_event','e1c668fa-a60f-44f8-8978-a308d4e6b75c','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(84,'schedule_event','6fea3622-52b0-4d4b-948d-53dd5a894646','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(85,'schedule_event','7f87ee6e-e2cf-41c8-8417-6dace53adc0e','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(86,'schedule_event','b8b3ceac-64f6-434b-b638-b3a859c2192c','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(87,'schedule_event','b0a33bd2-ef20-46b8-ac38-2181c5a1d22d','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(88,'schedule_event','a5aa9fc4-c76d-4db4-abc4-b97c85e7884f','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(89,'schedule_event','60545188-faa2-40f4-b0b5-188930a8e9d3','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(90,'schedule_event','5ce1c8e2-8c43-411d-b25a-c983468c0f62','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(91,'schedule_event','1dc0eee0-b6c5-4291-8bc7-7d160bb38079','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(92,'schedule_event','c390e246-13b1-4b7c-9ddc-33cf5845440e','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(93,'schedule_event','09b486dd-c316-44f1-a6d3-526325e8dd19','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(94,'schedule_event','a1de61c2-55d8-4eac-88ec-d63d98651ae1','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(95,'schedule_event','ee7d0a7a-4557-4bc0-ab1d-98836f5fa2d8','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(96,'schedule_event','1af5944e-0835-4e80-b5f2-61d61a44cb2a','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(97,'schedule_event','5cebe216-1a77-4627-b26b-6940fcb21bc2','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(98,'schedule_event','1d51f496-338e-49cc-ae76-625483a20445','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(99,'schedule_event','48561ee8-2015-4b1f-be96-bf990b6781ee','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(100,'schedule_event','bc9775d6-c1f2-4fcb-9379-5f64cb9373ec','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(101,'schedule_event','0b6ff968-f3fe-4062-86c9-18541226d1e5','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(102,'schedule_event','e55c3b05-694b-403d-8329-e0df079c6d4f','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(103,'schedule_event','8d9d755a-56f3-42e6-8561-5e05736f3df4','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(104,'schedule_event','acf10e7c-7019-4159-882f-c3853207d836','insert','2026-11-26T10:35:11.650Z');
INSERT INTO sync_outbox VALUES(105,'activity','4aa7dc12-efbd-4ff3-9a53-bdb1501bb96a','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(106,'activity','914c92e1-b09e-4236-85a2-df80276c8e41','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(107,'activity','0ad59b5f-d320-42ad-8e3a-6c072ee65553','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(108,'activity','7beb0b2f-08b8-408c-bcc6-6dc1930df590','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(109,'activity','89b316a9-ea27-4b1d-b2ed-681efdd8e1ba','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(110,'activity','eef09344-36c7-4d1c-a918-22d314188446','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(111,'activity_photo','31ea57b0-6f27-468a-8a5d-c2cda864bd34','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(112,'activity_photo','c1eb8111-f7f5-486f-9929-e36aa706abfd','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(113,'activity_photo','2ec5db74-7dc8-4e86-a1d2-a6a99e1b0027','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(114,'activity_photo','87b0ce86-f923-4dc3-af57-7d0017ea57b3','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(115,'activity_photo','36ed71fb-48bf-484a-8158-ce10f011a1cc','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(116,'activity_photo','1d6c96d9-f898-4703-ac81-47c3404b1b00','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(117,'activity_photo','f8911298-61e8-4756-9231-83f266a8d05b','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(118,'activity_photo','05b79ab3-2f1b-4b91-85ba-6f47c778cbae','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(119,'activity_photo','467a9137-b490-4111-8a53-23a20f4f9da5','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(120,'activity_photo','516ced52-b004-4011-88ed-12a70483dc09','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(121,'activity_photo','ea97fc91-479f-4690-8686-8964844e2d53','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(122,'activity_photo','ca00dd7c-c376-4a2b-b46a-0f4ca46303a7','insert','2026-11-26T10:35:11.651Z');
INSERT INTO sync_outbox VALUES(123,'press_release','154b0b24-02c2-453b-9d44-02c5af15838d','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(124,'press_release','097edb55-f1ae-4e6c-9d5c-f31cd1f16d08','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(125,'press_release','bb2a5bab-96ec-4f60-b7a5-f283b2096588','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(126,'press_release','bdee46e9-2850-42a8-a7b9-8b29cf71e1c9','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(127,'press_release','6e115a3a-da35-4910-9648-cca333b7d337','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(128,'press_release','ff8dbaaf-b50a-47ec-a9b7-549f903d7245','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(129,'press_release','abbd394f-b874-49b1-a06b-c81027487607','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(130,'press_release','10302e7c-4ca2-4fb2-b16b-da66323f755d','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(131,'press_release','3342efe2-a593-4b07-97e5-32c22cbd4886','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(132,'press_release','b9cddb81-f68a-4278-8754-819cae864632','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(133,'press_release','ad36b398-e4b8-4169-beb2-c19b140b0977','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(134,'press_release','0ea97abf-7ba9-4251-b6a4-221dd782db91','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(135,'sns_link','82c88cab-c2a0-4e4a-8913-e339e0c027ae','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(136,'sns_link','6a4f53ce-4256-4741-aca4-77ac9682cade','insert','2026-11-26T10:35:11.652Z');
INSERT INTO sync_outbox VALUES(137,'sns_link','687fa0f6-d409-45e8-b1fa-50dc7ab977e3','insert','2026-11-26T10:35:11.652Z');
CREATE TABLE sync_base (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    data        TEXT NOT NULL, -- JSON object of the row as last synced
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;
CREATE TABLE media (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    file_name   TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    width       INTEGER CHECK (width IS NULL OR width > 0),
    height      INTEGER CHECK (height IS NULL OR height > 0),
    alt_text    TEXT NOT NULL DEFAULT '',
    caption     TEXT NOT NULL DEFAULT '',
    licence     TEXT NOT NULL DEFAULT 'kogl1' CHECK (licence IN ('kogl1', 'kogl2', 'kogl3', 'kogl4', 'none')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
INSERT INTO media VALUES('7ed6524e-5bd8-4599-8293-2ca4874c626e','746091db722d6c60a77d4e62d0f616bd61e1410dbc53dd8c969591fa4910d8e6','sample-photo-01.png','image/png',7516,640,427,'예시 사진 1: 들판과 언덕 풍경 그림','예시 사진 1','kogl1','2026-11-26T10:35:03.907Z',0,'2026-11-26T10:35:03.907Z','');
INSERT INTO media VALUES('1a74b744-9b53-432e-ae5d-3cb084819d02','22fd981f240ac9715fb276e9713901391a269ea106439bfb89854e49f15c6ff0','sample-photo-02.png','image/png',7229,640,427,'예시 사진 2: 들판과 언덕 풍경 그림','예시 사진 2','kogl1','2026-11-26T10:35:04.186Z',0,'2026-11-26T10:35:04.186Z','');
INSERT INTO media VALUES('94997daf-4172-4949-a0e6-4fb4c9117f48','8cbe2b20659da3e101d6c5555b59e7cf7aeb98eb6bd82c99c6eeda8313d52e2a','sample-photo-03.png','image/png',7252,640,427,'예시 사진 3: 들판과 언덕 풍경 그림','예시 사진 3','kogl1','2026-11-26T10:35:04.410Z',0,'2026-11-26T10:35:04.410Z','');
INSERT INTO media VALUES('1556141b-0278-433f-b04d-b3861eba7247','18343bd9166d11068182cce26edd13b6a6a538c7fe7c35540d4ad93ef42c9dd1','sample-photo-04.png','image/png',7443,640,427,'예시 사진 4: 들판과 언덕 풍경 그림','예시 사진 4','kogl1','2026-11-26T10:35:04.522Z',0,'2026-11-26T10:35:04.522Z','');
INSERT INTO media VALUES('ebae9f15-019e-400f-bb58-5089dca21790','28046c1d7c736c7e2c7360c947a880938c9d8bdb58b18a55e2c127e4afe2cfe3','sample-photo-05.png','image/png',7067,640,427,'예시 사진 5: 들판과 언덕 풍경 그림','예시 사진 5','kogl1','2026-11-26T10:35:04.697Z',0,'2026-11-26T10:35:04.697Z','');
INSERT INTO media VALUES('32dad4fd-08f9-45aa-90d2-80819a48ed5e','0611e62f06f2ed8bfe3166d39ddf9bd401aee3fc9787c2fe11babc166f8a87a2','sample-photo-06.png','image/png',7424,640,427,'예시 사진 6: 들판과 언덕 풍경 그림','예시 사진 6','kogl1','2026-11-26T10:35:05.002Z',0,'2026-11-26T10:35:05.002Z','');
INSERT INTO media VALUES('1e06d71e-7c5e-4a85-83e0-8009dc249f38','4c6c086b269b755f0a48a94749a70e3c3cd5c6d0a865c9e699fca46dd6a2f048','sample-photo-07.png','image/png',7215,640,427,'예시 사진 7: 들판과 언덕 풍경 그림','예시 사진 7','kogl1','2026-11-26T10:35:05.054Z',0,'2026-11-26T10:35:05.054Z','');
INSERT INTO media VALUES('d3470bb4-af27-4dfd-b942-e016e976695a','2032b2ff7235473c20e7c2d1927c45053a56bcb01c8b1df6df590e3852dc5827','sample-photo-08.png','image/png',7101,640,427,'예시 사진 8: 들판과 언덕 풍경 그림','예시 사진 8','kogl1','2026-11-26T10:35:05.238Z',0,'2026-11-26T10:35:05.238Z','');
INSERT INTO media VALUES('ca93d77f-8493-4596-861d-0a4c063789a8','a9f25c06ac643c70b1d1e49f5e0b709cc1a852dc136ac28af65dcc76126482e8','sample-photo-09.png','image/png',7508,640,427,'예시 사진 9: 들판과 언덕 풍경 그림','예시 사진 9','kogl1','2026-11-26T10:35:05.426Z',0,'2026-11-26T10:35:05.426Z','');
INSERT INTO media VALUES('4b84b0ea-f13e-47c1-8b64-734800bb6044','24dbe42b257b6fe1a709bf1f51cc286d8e762a7b9577ba92e82ae79009ba0c04','sample-photo-10.png','image/png',7168,640,427,'예시 사진 10: 들판과 언덕 풍경 그림','예시 사진 10','kogl1','2026-11-26T10:35:05.590Z',0,'2026-11-26T10:35:05.590Z','');
INSERT INTO media VALUES('40aa7243-5e57-4059-b82c-22f5812a3eef','2d222a2450f814ee682f8f19ebcda5409bce54eee16a78bc405e86ddf5565078','sample-photo-11.png','image/png',7450,640,427,'예시 사진 11: 들판과 언덕 풍경 그림','예시 사진 11','kogl1','2026-11-26T10:35:05.814Z',0,'2026-11-26T10:35:05.814Z','');
INSERT INTO media VALUES('240f367a-ad11-409a-ad0f-8f947244e911','54df6bfa2fb09873eb119037bffd3f52b6108b5ec46d30a8a70f4096b94640a7','sample-photo-12.png','image/png',7182,640,427,'예시 사진 12: 들판과 언덕 풍경 그림','예시 사진 12','kogl1','2026-11-26T10:35:06.018Z',0,'2026-11-26T10:35:06.018Z','');
CREATE TABLE term (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL CHECK (end_date > start_date),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
INSERT INTO term VALUES('614e3bce-8382-4fd2-8fcd-e1291fb7b0a0','민선8기','2022-07-01','2026-06-30',0,'2026-11-26T10:35:03.278Z','');
CREATE TABLE pledge_area (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    term_id     TEXT NOT NULL REFERENCES term (id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (code GLOB '[0-9]*' AND code NOT GLOB '*[^0-9]*'),
    title       TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (term_id, code)
);
INSERT INTO pledge_area VALUES('54f123b3-1bc9-429f-afea-c3254b112612','614e3bce-8382-4fd2-8fcd-e1291fb7b0a0','7','소통하고 참여하는 열린 시정',0,'2026-11-26T10:35:03.322Z','');
CREATE TABLE pledge_goal (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    area_id     TEXT NOT NULL REFERENCES pledge_area (id) ON DELETE CASCADE,
    code        TEXT NOT NULL CHECK (code GLOB '[0-9]*-[0-9]*'),
    title       TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (area_id, code)
);
INSERT INTO pledge_goal VALUES('0c76f4ac-3693-4806-a047-55bf56724051','54f123b3-1bc9-429f-afea-c3254b112612','7-1','시민이 주인되는 참여 행정',0,'2026-11-26T10:35:03.323Z','');
CREATE TABLE pledge (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    goal_id          TEXT NOT NULL REFERENCES pledge_goal (id) ON DELETE RESTRICT,
    code             TEXT NOT NULL UNIQUE CHECK (code GLOB '[0-9]*-[0-9]*-[0-9]*'),
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    policy_goal      TEXT NOT NULL DEFAULT '',
    timing           TEXT NOT NULL DEFAULT 'within_term' CHECK (timing IN ('within_term', 'after_term')),
    body_national    INTEGER NOT NULL DEFAULT 0 CHECK (body_national IN (0, 1)),
    body_province    INTEGER NOT NULL DEFAULT 0 CHECK (body_province IN (0, 1)),
    body_city        INTEGER NOT NULL DEFAULT 0 CHECK (body_city IN (0, 1)),
    body_private     INTEGER NOT NULL DEFAULT 0 CHECK (body_private IN (0, 1)),
    is_new           INTEGER NOT NULL DEFAULT 1 CHECK (is_new IN (0, 1)),
    budget_kind      TEXT NOT NULL DEFAULT 'budget' CHECK (budget_kind IN ('budget', 'non_budget')),
    required_budget  REAL NOT NULL DEFAULT 0 CHECK (required_budget >= 0),
    budget_prior     REAL NOT NULL DEFAULT 0 CHECK (budget_prior >= 0),
    budget_after_term REAL NOT NULL DEFAULT 0 CHECK (budget_after_term >= 0),
    status           TEXT NOT NULL DEFAULT 'on_track' CHECK (status IN ('completed', 'completed_continuing', 'on_track', 'partial', 'lagging', 'on_hold', 'dropped')),
    basis_date       TEXT,
    plan_html        TEXT NOT NULL DEFAULT '',
    sort_key         INTEGER NOT NULL DEFAULT 0,
    row_version      INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by       TEXT NOT NULL DEFAULT ''
);
INSERT INTO pledge VALUES('8a2a2641-45e3-41d1-ae8f-91451431f300','0c76f4ac-3693-4806-a047-55bf56724051','7-1-3','365일 열린시장실 운영','시민들의 시정에 대한 자유로운 참여로 시민중심 행정 구현','within_term',0,0,1,0,1,'budget',40.0,0.0,0.0,'on_track','2024-05-31','<ul><li>민선8기 시 누리집「365일 열린시장실」전면 개편<ul><li>최신 트렌드를 반영한 사용자 중심의 디자인 변경</li><li>시정활동을 적극 홍보할 수 있도록 메인화면 배치</li></ul></li><li>민선8기 신규 콘텐츠 제작<ul><li>민선8기 정책 및 비전, 공약사항 등 신규 콘텐츠 제작</li><li>시정정보의 인포그래픽 제작으로 시각적인 콘텐츠 서비스</li></ul></li><li>반응형 웹사이트 구축<ul><li>반응형 웹사이트를 통해 PC, 태블릿PC, 스마트폰 등 다양한 기기 및 브라우저의 사용자 환경에 자동 반응하는 시스템 구축</li></ul></li><li>「365일 열린시장실」메뉴 구성(안)<table><thead><tr><th scope="col">메뉴명</th><th scope="col"></th><th scope="col">비고</th></tr></thead><tbody><tr><td rowspan="4">나주시장 윤병태입니다</td><td>인사말</td><td></td></tr><tr><td>프로필</td><td></td></tr><tr><td>말과 글</td><td>행사 인사말씀</td></tr><tr><td>시장24시</td><td>시장님 일정</td></tr><tr><td rowspan="2">시장 현장</td><td>현장속으로</td><td>시장님 활동사진</td></tr><tr><td>언론보도</td><td>보도자료</td></tr><tr><td rowspan="2">시민과의 소통</td><td>시민신문고</td><td>민원접수 공간</td></tr><tr><td>나주시 SNS (페이스북 / 인스타그램 / 유튜브)</td><td>시 공식</td></tr><tr><td rowspan="4">시민과의 약속</td><td>비전 및 목표</td><td></td></tr><tr><td>공약현황</td><td></td></tr><tr><td>공약사업 계획</td><td></td></tr><tr><td>공약이행 현황</td><td></td></tr></tbody></table></li></ul>',0,0,'2026-11-26T10:35:03.323Z','demo');
CREATE TABLE pledge_task (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id     TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL,
    start_quarter TEXT NOT NULL CHECK (start_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    end_quarter   TEXT NOT NULL CHECK (end_quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]' AND end_quarter >= start_quarter),
    note          TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by    TEXT NOT NULL DEFAULT ''
);
INSERT INTO pledge_task VALUES('71ec20cf-3ddf-47d5-ac6a-75ed5e00ec9b','8a2a2641-45e3-41d1-ae8f-91451431f300',0,'누리집 개선','2022-Q3','2022-Q4','',0,'2026-11-26T10:35:03.325Z','');
INSERT INTO pledge_task VALUES('405bddbd-5f06-43ee-a146-319f78d09728','8a2a2641-45e3-41d1-ae8f-91451431f300',1,'콘텐츠 현행화','2023-Q1','2026-Q2','',0,'2026-11-26T10:35:03.379Z','');
CREATE TABLE pledge_budget (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    source      TEXT NOT NULL CHECK (source IN ('national', 'province', 'city', 'other')),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    amount      REAL NOT NULL CHECK (amount >= 0),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (pledge_id, source, year)
);
INSERT INTO pledge_budget VALUES('d1ac3a1b-c818-41b5-9b37-daf9469b0c27','8a2a2641-45e3-41d1-ae8f-91451431f300','city',2022,20.0,0,'2026-11-26T10:35:03.379Z','');
INSERT INTO pledge_budget VALUES('a3cfaf1b-cb73-40a1-a957-1d3cd2337e90','8a2a2641-45e3-41d1-ae8f-91451431f300','city',2024,20.0,0,'2026-11-26T10:35:03.380Z','');
CREATE TABLE pledge_budget_executed (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    amount      REAL NOT NULL CHECK (amount >= 0),
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (pledge_id, year)
);
INSERT INTO pledge_budget_executed VALUES('e0a3f6e9-b482-4b0e-91f8-c66219eb9fad','8a2a2641-45e3-41d1-ae8f-91451431f300',2022,20.0,0,'2026-11-26T10:35:03.380Z','');
INSERT INTO pledge_budget_executed VALUES('0e5c331d-9d3d-4003-82fb-d268030a8d1d','8a2a2641-45e3-41d1-ae8f-91451431f300',2024,5.0,0,'2026-11-26T10:35:03.380Z','');
CREATE TABLE pledge_progress (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    date_from   TEXT NOT NULL CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR date_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    date_to     TEXT CHECK (date_to IS NULL OR ((date_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR date_to GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND date_to >= date_from)),
    text        TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
INSERT INTO pledge_progress VALUES('1b20963b-3aec-4c44-b81f-7097a8e23365','8a2a2641-45e3-41d1-ae8f-91451431f300',0,'2022-09',NULL,'누리집 개편 계획수립',0,'2026-11-26T10:35:03.380Z','');
INSERT INTO pledge_progress VALUES('53d771ea-bdba-4b69-a8d6-170fbb88027e','8a2a2641-45e3-41d1-ae8f-91451431f300',1,'2022-09-29',NULL,'누리집 개편 용역 계약',0,'2026-11-26T10:35:03.381Z','');
INSERT INTO pledge_progress VALUES('5922047e-be18-4e97-b812-1d48a1f907ce','8a2a2641-45e3-41d1-ae8f-91451431f300',2,'2022-12-28',NULL,'누리집 개편 완료(민선8기 공약현황 게시)',0,'2026-11-26T10:35:03.418Z','');
INSERT INTO pledge_progress VALUES('b77e6d6e-4169-4725-aa4a-ab46e93ecc1c','8a2a2641-45e3-41d1-ae8f-91451431f300',3,'2023-01-31',NULL,'민선8기 공약실천계획서 확정 및 게시',0,'2026-11-26T10:35:03.420Z','');
INSERT INTO pledge_progress VALUES('2a340ba9-ece0-4195-84a7-35145d79f929','8a2a2641-45e3-41d1-ae8f-91451431f300',4,'2023-04',NULL,'23년도 1분기 기준 공약 이행 현황 게시',0,'2026-11-26T10:35:03.421Z','');
INSERT INTO pledge_progress VALUES('6e7cbf12-e2a7-420c-aff6-62fe9b1f7ec3','8a2a2641-45e3-41d1-ae8f-91451431f300',5,'2024-02',NULL,'23년도 4분기 기준 공약 이행 현황 게시',0,'2026-11-26T10:35:03.421Z','');
INSERT INTO pledge_progress VALUES('a60ac7a6-45c7-45a0-9864-8eb60f1efbf8','8a2a2641-45e3-41d1-ae8f-91451431f300',6,'2024-02','2024-03','공약이행평가단 자문회의 결과 변경사항 게시',0,'2026-11-26T10:35:03.483Z','');
INSERT INTO pledge_progress VALUES('bd844f47-46c5-4842-9e24-aa372b1ac6ff','8a2a2641-45e3-41d1-ae8f-91451431f300',7,'2024-03',NULL,'누리집 ''시민 직소상담실'' 메뉴 신설',0,'2026-11-26T10:35:03.484Z','');
INSERT INTO pledge_progress VALUES('b863685f-cc6a-4ac9-be37-d9286171e5c5','8a2a2641-45e3-41d1-ae8f-91451431f300',8,'2024-05',NULL,'24년도 1분기 기준 공약 이행 현황 게시',0,'2026-11-26T10:35:03.485Z','');
CREATE TABLE pledge_indicator (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'cumulative' CHECK (kind IN ('cumulative', 'level', 'reduction', 'milestone')),
    baseline    REAL,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
INSERT INTO pledge_indicator VALUES('cabe6fe0-7359-4400-8adc-f91327c6a1a7','8a2a2641-45e3-41d1-ae8f-91451431f300',0,'「365일 열린시장실」 공약현황 자료갱신','회','cumulative',NULL,0,'2026-11-26T10:35:03.534Z','');
CREATE TABLE indicator_value (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    indicator_id TEXT NOT NULL REFERENCES pledge_indicator (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    target       REAL,
    actual       REAL,
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator_id, year)
);
INSERT INTO indicator_value VALUES('4c13202b-8860-4ed5-b11d-b5e094dfd293','cabe6fe0-7359-4400-8adc-f91327c6a1a7',2022,1.0,1.0,0,'2026-11-26T10:35:03.535Z','');
INSERT INTO indicator_value VALUES('c8f71141-8fde-4c19-b4b0-d89a9615bbee','cabe6fe0-7359-4400-8adc-f91327c6a1a7',2023,2.0,2.0,0,'2026-11-26T10:35:03.535Z','');
INSERT INTO indicator_value VALUES('5759b8cc-1990-4c2a-a924-84b92a081cdd','cabe6fe0-7359-4400-8adc-f91327c6a1a7',2024,2.0,4.0,0,'2026-11-26T10:35:03.535Z','');
INSERT INTO indicator_value VALUES('6927f044-b43a-4183-b035-54424ceb843e','cabe6fe0-7359-4400-8adc-f91327c6a1a7',2025,2.0,NULL,0,'2026-11-26T10:35:03.535Z','');
INSERT INTO indicator_value VALUES('a24f1a1b-259f-4641-b2aa-6c85ecdc2b3c','cabe6fe0-7359-4400-8adc-f91327c6a1a7',2026,1.0,NULL,0,'2026-11-26T10:35:03.535Z','');
CREATE TABLE pledge_department (
    id            TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    pledge_id     TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
    department    TEXT NOT NULL,
    team          TEXT NOT NULL DEFAULT '',
    leader        TEXT NOT NULL DEFAULT '',
    leader_phone  TEXT NOT NULL DEFAULT '',
    officer       TEXT NOT NULL DEFAULT '',
    officer_phone TEXT NOT NULL DEFAULT '',
    row_version   INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by    TEXT NOT NULL DEFAULT ''
);
INSERT INTO pledge_department VALUES('17dbdc25-98c6-452a-86b0-15e37d5ffccf','8a2a2641-45e3-41d1-ae8f-91451431f300',0,'lead','정책홍보실','정책개발팀','오상덕','8131','최지인','8134',0,'2026-11-26T10:35:03.536Z','');
INSERT INTO pledge_department VALUES('4f3fa6db-4870-49c1-90ac-bc74a5f23966','8a2a2641-45e3-41d1-ae8f-91451431f300',1,'lead','정책홍보실','홍보기획팀','오해준','8261','이신재','8263',0,'2026-11-26T10:35:03.536Z','');
INSERT INTO pledge_department VALUES('229c0836-e8ad-4236-81a6-e700188ea4c5','8a2a2641-45e3-41d1-ae8f-91451431f300',2,'lead','정책홍보실','뉴미디어홍보팀','홍세창','8266','김기훈','8268',0,'2026-11-26T10:35:03.536Z','');
INSERT INTO pledge_department VALUES('7aed1abd-ac41-4839-bdc9-bce1c9877ea9','8a2a2641-45e3-41d1-ae8f-91451431f300',3,'cooperating','총무과','비서실','신상식','8204','유성범','8201',0,'2026-11-26T10:35:03.536Z','');
INSERT INTO pledge_department VALUES('514eecd3-1b25-47e0-a453-de8da2cfcca8','8a2a2641-45e3-41d1-ae8f-91451431f300',4,'cooperating','총무과','전산운영팀','임정남','8451','최지원','8454',0,'2026-11-26T10:35:03.537Z','');
INSERT INTO pledge_department VALUES('e0be743f-0357-4687-9961-6bfa4b99dd21','8a2a2641-45e3-41d1-ae8f-91451431f300',5,'cooperating','시민봉사과','종합민원팀','최현진','8731','임재학','8782',0,'2026-11-26T10:35:03.537Z','');
CREATE TABLE reporting_period (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    period       TEXT NOT NULL UNIQUE CHECK (period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    basis_date   TEXT NOT NULL,
    published_at TEXT,
    published_by TEXT NOT NULL DEFAULT '',
    figures_json TEXT NOT NULL DEFAULT '{}', -- the city figures as published
    row_version  INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT NOT NULL DEFAULT ''
);
INSERT INTO reporting_period VALUES('ad6c191d-a886-4085-8f25-1c31a3714567','2022-Q4','2022-12-31','2026-11-26T10:35:06.665Z','demo','{"average_rate":12.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1,"within_term":{"average_rate":12.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1}}',0,'2026-11-26T10:35:06.665Z','');
INSERT INTO reporting_period VALUES('2a1ea7be-1168-4c10-b1f7-be22da5b875e','2023-Q1','2023-03-31','2026-11-26T10:35:06.718Z','demo','{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1,"within_term":{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1}}',0,'2026-11-26T10:35:06.719Z','');
INSERT INTO reporting_period VALUES('c912013b-f2a3-41fb-96cd-85500bd915c4','2023-Q2','2023-06-30','2026-11-26T10:35:06.720Z','demo','{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1,"within_term":{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1}}',0,'2026-11-26T10:35:06.720Z','');
INSERT INTO reporting_period VALUES('e5961ea8-979a-492f-9e6f-f307d6df3eaa','2023-Q3','2023-09-30','2026-11-26T10:35:06.721Z','demo','{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1,"within_term":{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1}}',0,'2026-11-26T10:35:06.721Z','');
INSERT INTO reporting_period VALUES('66899b5e-52ce-45f2-923a-f3a925b48921','2023-Q4','2023-12-31','2026-11-26T10:35:06.774Z','demo','{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1,"within_term":{"average_rate":37.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1}}',0,'2026-11-26T10:35:06.775Z','');
INSERT INTO reporting_period VALUES('f7978014-86a5-4882-9f0a-0d7e228827c6','2024-Q1','2024-03-31','2026-11-26T10:35:06.775Z','demo','{"average_rate":87.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1,"within_term":{"average_rate":87.5,"by_status":{"completed":0,"completed_continuing":0,"dropped":0,"lagging":0,"on_hold":0,"on_track":1,"partial":0},"completed":0,"completion_rate":0,"executed_total":25,"financing_rate":62.5,"planned_total":40,"pledges_counted":1,"rated":1}}',0,'2026-11-26T10:35:06.776Z','');
CREATE TABLE pledge_snapshot (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    period_id   TEXT NOT NULL REFERENCES reporting_period (id) ON DELETE CASCADE,
    pledge_id   TEXT NOT NULL REFERENCES pledge (id) ON DELETE CASCADE,
    rate        REAL CHECK (rate IS NULL OR rate BETWEEN 0 AND 100),
    status      TEXT NOT NULL CHECK (status IN ('completed', 'completed_continuing', 'on_track', 'partial', 'lagging', 'on_hold', 'dropped')),
    timing      TEXT NOT NULL DEFAULT 'within_term' CHECK (timing IN ('within_term', 'after_term')),
    planned_budget  REAL NOT NULL DEFAULT 0,
    executed_budget REAL NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (period_id, pledge_id)
);
INSERT INTO pledge_snapshot VALUES('23bb13b6-53ca-4f37-a9f0-d7e5a103587e','ad6c191d-a886-4085-8f25-1c31a3714567','8a2a2641-45e3-41d1-ae8f-91451431f300',12.5,'on_track','within_term',40.0,25.0,0,'2026-11-26T10:35:06.665Z','');
INSERT INTO pledge_snapshot VALUES('cbfd6b7f-4450-4cdf-a671-ead926908b74','2a1ea7be-1168-4c10-b1f7-be22da5b875e','8a2a2641-45e3-41d1-ae8f-91451431f300',37.5,'on_track','within_term',40.0,25.0,0,'2026-11-26T10:35:06.719Z','');
INSERT INTO pledge_snapshot VALUES('34477523-3081-4f9a-a11d-0ca8550adc81','c912013b-f2a3-41fb-96cd-85500bd915c4','8a2a2641-45e3-41d1-ae8f-91451431f300',37.5,'on_track','within_term',40.0,25.0,0,'2026-11-26T10:35:06.720Z','');
INSERT INTO pledge_snapshot VALUES('f37f89ac-f4a5-4718-b4d3-fc6bd8346afa','e5961ea8-979a-492f-9e6f-f307d6df3eaa','8a2a2641-45e3-41d1-ae8f-91451431f300',37.5,'on_track','within_term',40.0,25.0,0,'2026-11-26T10:35:06.721Z','');
INSERT INTO pledge_snapshot VALUES('5f7a7551-090a-47a6-a4a7-e20ce1908efc','66899b5e-52ce-45f2-923a-f3a925b48921','8a2a2641-45e3-41d1-ae8f-91451431f300',37.5,'on_track','within_term',40.0,25.0,0,'2026-11-26T10:35:06.775Z','');
INSERT INTO pledge_snapshot VALUES('c9cbb736-e328-4eb4-bd06-6cceaf705e64','f7978014-86a5-4882-9f0a-0d7e228827c6','8a2a2641-45e3-41d1-ae8f-91451431f300',87.5,'on_track','within_term',40.0,25.0,0,'2026-11-26T10:35:06.778Z','');
CREATE TABLE page (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    slug           TEXT NOT NULL UNIQUE CHECK (slug IN ('greeting', 'profile', 'vision')),
    title          TEXT NOT NULL,
    body_html      TEXT NOT NULL DEFAULT '',
    photo_media_id TEXT REFERENCES media (id) ON DELETE SET NULL,
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
INSERT INTO page VALUES('d7dfdb11-6e4a-4454-85d5-ddb87cd4f152','greeting','인사말 - 나주시장 윤병태입니다','<p>[예시] 시민 여러분, 반갑습니다. 「365일 열린시장실」을 찾아주셔서 감사합니다.</p><p>시민 여러분의 목소리에 귀 기울이며, 시민이 주인되는 열린 시정을 펼치겠습니다.</p>',NULL,'published',NULL,'정책홍보실','2026-11-26T10:35:06.018Z',0,'2026-11-26T10:35:06.018Z','demo');
INSERT INTO page VALUES('bfc89469-d7c6-4c38-9ece-c2ccbf159879','profile','프로필','<p>[예시] 나주시장 윤병태</p><ul><li>민선8기 나주시장</li><li>학력·경력 항목은 예시입니다</li></ul>','7ed6524e-5bd8-4599-8293-2ca4874c626e','published',NULL,'정책홍보실','2026-11-26T10:35:06.019Z',0,'2026-11-26T10:35:06.019Z','demo');
INSERT INTO page VALUES('17fe573a-9750-4f42-aefd-1147e17a50cd','vision','비전 및 목표','<h2>[예시] 비전</h2><p>시민과 함께 여는 새로운 나주</p><h2>목표</h2><ul><li>시민 중심의 열린 행정</li><li>활력 있는 지역 경제</li><li>살기 좋은 정주 여건</li></ul>',NULL,'published',NULL,'정책홍보실','2026-11-26T10:35:06.019Z',0,'2026-11-26T10:35:06.019Z','demo');
CREATE TABLE speech (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    event_name     TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    delivered_on   TEXT NOT NULL,
    body_html      TEXT NOT NULL DEFAULT '',
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
INSERT INTO speech VALUES('e8a5e30b-1d12-4152-9f7e-23e382d89ff0','[예시] 시민과 함께 여는 새해 인사','신년 시민과의 대화','나주문화예술회관','2024-01-27','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「신년 시민과의 대화」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 1차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'총무과','2026-11-26T10:35:06.406Z',0,'2026-11-26T10:35:06.406Z','demo');
INSERT INTO speech VALUES('5fa5c61c-1dc8-4604-ae09-82b843b7d374','[예시] 농업인의 날 기념사','농업인의 날 기념식','나주종합스포츠파크','2024-02-21','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「농업인의 날 기념식」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 2차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'총무과','2026-11-26T10:35:06.407Z',0,'2026-11-26T10:35:06.407Z','demo');
INSERT INTO speech VALUES('6fa4e423-25da-49b7-b3c2-b4a469f558fe','[예시] 혁신도시 상생 협약식 인사말','공공기관 상생 협약식','빛가람혁신도시 공동혁신센터','2024-03-17','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「공공기관 상생 협약식」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 3차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'총무과','2026-11-26T10:35:06.407Z',0,'2026-11-26T10:35:06.407Z','demo');
INSERT INTO speech VALUES('0cbe7bb3-2139-4e23-ab77-bc9c091160b2','[예시] 나주배 축제 개막 축사','나주배 축제','나주읍성 일원','2024-04-11','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주배 축제」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 4차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'총무과','2026-11-26T10:35:06.408Z',0,'2026-11-26T10:35:06.408Z','demo');
INSERT INTO speech VALUES('43a46db1-2dc8-4843-ad9e-76a32e2364be','[예시] 청년 정책 토론회 인사말','청년 정책 토론회','나주시청 대회의실','2024-05-06','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「청년 정책 토론회」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 5차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'총무과','2026-11-26T10:35:06.408Z',0,'2026-11-26T10:35:06.408Z','demo');
INSERT INTO speech VALUES('137a018a-06ca-42db-9e2e-aa25c2c3fbc3','[예시] 어버이날 기념 인사말','어버이날 기념 경로잔치','나주시노인복지관','2024-05-31','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「어버이날 기념 경로잔치」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 6차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'총무과','2026-11-26T10:35:06.409Z',0,'2026-11-26T10:35:06.409Z','demo');
CREATE TABLE schedule_event (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    starts_at      TEXT NOT NULL, -- local date-time 'YYYY-MM-DDTHH:MM' (Asia/Seoul) or a date when all-day
    ends_at        TEXT NOT NULL CHECK (ends_at >= starts_at), -- exclusive end
    all_day        INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    place          TEXT NOT NULL DEFAULT '',
    category       TEXT NOT NULL DEFAULT '',
    visibility     TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'internal')),
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),
    description    TEXT NOT NULL DEFAULT '',
    ical_uid       TEXT UNIQUE,
    ical_sequence  INTEGER NOT NULL DEFAULT 0,
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
INSERT INTO schedule_event VALUES('f6f01cde-4efc-42a4-b750-a4a5ed004c19','[예시] 간부회의 주재','2024-03-04T12:00','2024-03-04T13:30',0,'시청 중회의실','회의','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-1@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.020Z',0,'2026-11-26T10:35:06.020Z','demo');
INSERT INTO schedule_event VALUES('f1c7665d-22cf-4e87-b97a-d3bf19a6e4d9','[예시] 읍면동 순방 - 시민과의 대화','2024-03-07T12:00','2024-03-07T13:30',0,'빛가람동 행정복지센터','시민소통','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-2@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.021Z',0,'2026-11-26T10:35:06.021Z','demo');
INSERT INTO schedule_event VALUES('d63425f4-e698-4068-9111-3068d7bb00d7','[예시] 나주배 수출 선적식 참석','2024-03-11T13:00','2024-03-11T14:30',0,'나주배원예농협','행사','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-3@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.022Z',0,'2026-11-26T10:35:06.022Z','demo');
INSERT INTO schedule_event VALUES('f67bdc1e-feaa-4dfa-b772-f8d5885cdeb0','[예시] 혁신도시 공공기관장 간담회','2024-03-14T13:00','2024-03-14T14:30',0,'빛가람혁신도시 공동혁신센터','간담회','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-4@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.078Z',0,'2026-11-26T10:35:06.078Z','demo');
INSERT INTO schedule_event VALUES('f946b2b8-54bf-4fea-98f0-e463a9315fc2','[예시] 시민 직소상담실 운영','2024-03-17T10:00','2024-03-17T11:30',0,'시장실','시민소통','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-5@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.079Z',0,'2026-11-26T10:35:06.079Z','demo');
INSERT INTO schedule_event VALUES('c8e0a422-308d-49b1-84ee-644e7fbdc87a','[예시] 주간 업무보고','2024-03-20','2024-03-21',1,'시청 대회의실','회의','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-6@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.079Z',0,'2026-11-26T10:35:06.079Z','demo');
INSERT INTO schedule_event VALUES('ebc129a1-cc4c-44f9-85ae-cd2f24abf529','[예시] 영산강 정원 조성사업 현장 점검','2024-03-23T15:00','2024-03-23T16:30',0,'영산강 둔치','현장점검','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-7@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.080Z',0,'2026-11-26T10:35:06.080Z','demo');
INSERT INTO schedule_event VALUES('af0eca31-d02c-4158-bf48-cf88d4f74573','[예시] 나주읍성 문화행사 참석','2024-03-26T14:00','2024-03-26T15:30',0,'나주읍성 남고문','행사','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-8@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.130Z',0,'2026-11-26T10:35:06.130Z','demo');
INSERT INTO schedule_event VALUES('e4aac9f7-dc86-4f31-8005-42f2f8f49f0d','[예시] 국비 확보 관련 중앙부처 방문','2024-03-29T15:00','2024-03-29T16:30',0,'정부세종청사','대외협력','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-9@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.131Z',0,'2026-11-26T10:35:06.131Z','demo');
INSERT INTO schedule_event VALUES('e8a4c2ff-7682-4c5c-a57d-d6b446883295','[예시] 농업인 단체 간담회','2024-03-31T10:00','2024-03-31T11:30',0,'농업기술센터','간담회','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-10@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.131Z',0,'2026-11-26T10:35:06.131Z','demo');
INSERT INTO schedule_event VALUES('8c36e5aa-81cb-4332-8e21-32a4cb38cf36','[예시] 청년 창업가 현장 방문','2024-04-04T11:00','2024-04-04T12:30',0,'나주 청년창업지원센터','현장점검','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-11@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.132Z',0,'2026-11-26T10:35:06.132Z','demo');
INSERT INTO schedule_event VALUES('2cf0671d-4c20-4e85-8d09-e759e0ac59cd','[예시] 공약이행평가단 회의','2024-04-06T14:00','2024-04-06T15:30',0,'시청 소회의실','회의','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-12@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.132Z',0,'2026-11-26T10:35:06.132Z','demo');
INSERT INTO schedule_event VALUES('84ff823f-a9b5-4d78-89d9-411fcc5e14e9','[예시] 간부회의 주재','2024-04-09T16:00','2024-04-09T17:30',0,'시청 중회의실','회의','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-13@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.132Z',0,'2026-11-26T10:35:06.132Z','demo');
INSERT INTO schedule_event VALUES('ead54466-9b9c-4178-ad70-2b60af593a85','[예시] 읍면동 순방 - 시민과의 대화','2024-04-12T16:00','2024-04-12T17:30',0,'빛가람동 행정복지센터','시민소통','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-14@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.132Z',0,'2026-11-26T10:35:06.132Z','demo');
INSERT INTO schedule_event VALUES('78529585-41cf-44e5-9658-767cdfc99d42','[예시] 나주배 수출 선적식 참석','2024-04-16T09:00','2024-04-16T10:30',0,'나주배원예농협','행사','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-15@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.133Z',0,'2026-11-26T10:35:06.133Z','demo');
INSERT INTO schedule_event VALUES('fe3e9647-c8e5-4ad5-b43e-a39a34d63ccb','[예시] 혁신도시 공공기관장 간담회','2024-04-18T10:00','2024-04-18T11:30',0,'빛가람혁신도시 공동혁신센터','간담회','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-16@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.133Z',0,'2026-11-26T10:35:06.133Z','demo');
INSERT INTO schedule_event VALUES('ce626c1b-81da-4304-a2ba-85a0802baa3f','[예시] 시민 직소상담실 운영','2024-04-22','2024-04-23',1,'시장실','시민소통','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-17@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.133Z',0,'2026-11-26T10:35:06.133Z','demo');
INSERT INTO schedule_event VALUES('adfb83a5-f3db-4c34-a3fd-6ef1986f23f0','[예시] 주간 업무보고','2024-04-24T09:00','2024-04-24T10:30',0,'시청 대회의실','회의','internal','cancelled','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-18@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.146Z',0,'2026-11-26T10:35:06.146Z','demo');
INSERT INTO schedule_event VALUES('e1c668fa-a60f-44f8-8978-a308d4e6b75c','[예시] 영산강 정원 조성사업 현장 점검','2024-04-27T10:00','2024-04-27T11:30',0,'영산강 둔치','현장점검','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-19@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.147Z',0,'2026-11-26T10:35:06.147Z','demo');
INSERT INTO schedule_event VALUES('6fea3622-52b0-4d4b-948d-53dd5a894646','[예시] 나주읍성 문화행사 참석','2024-04-30T13:00','2024-04-30T14:30',0,'나주읍성 남고문','행사','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-20@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.147Z',0,'2026-11-26T10:35:06.147Z','demo');
INSERT INTO schedule_event VALUES('7f87ee6e-e2cf-41c8-8417-6dace53adc0e','[예시] 국비 확보 관련 중앙부처 방문','2024-05-03T12:00','2024-05-03T13:30',0,'정부세종청사','대외협력','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-21@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.147Z',0,'2026-11-26T10:35:06.147Z','demo');
INSERT INTO schedule_event VALUES('b8b3ceac-64f6-434b-b638-b3a859c2192c','[예시] 농업인 단체 간담회','2024-05-07T16:00','2024-05-07T17:30',0,'농업기술센터','간담회','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-22@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.148Z',0,'2026-11-26T10:35:06.148Z','demo');
INSERT INTO schedule_event VALUES('b0a33bd2-ef20-46b8-ac38-2181c5a1d22d','[예시] 청년 창업가 현장 방문','2024-05-09T10:00','2024-05-09T11:30',0,'나주 청년창업지원센터','현장점검','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-23@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.148Z',0,'2026-11-26T10:35:06.148Z','demo');
INSERT INTO schedule_event VALUES('a5aa9fc4-c76d-4db4-abc4-b97c85e7884f','[예시] 공약이행평가단 회의','2024-05-13T11:00','2024-05-13T12:30',0,'시청 소회의실','회의','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-24@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.148Z',0,'2026-11-26T10:35:06.148Z','demo');
INSERT INTO schedule_event VALUES('60545188-faa2-40f4-b0b5-188930a8e9d3','[예시] 간부회의 주재','2024-05-15T16:00','2024-05-15T17:30',0,'시청 중회의실','회의','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-25@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.149Z',0,'2026-11-26T10:35:06.149Z','demo');
INSERT INTO schedule_event VALUES('5ce1c8e2-8c43-411d-b25a-c983468c0f62','[예시] 읍면동 순방 - 시민과의 대화','2024-05-18T10:00','2024-05-18T11:30',0,'빛가람동 행정복지센터','시민소통','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-26@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.149Z',0,'2026-11-26T10:35:06.149Z','demo');
INSERT INTO schedule_event VALUES('1dc0eee0-b6c5-4291-8bc7-7d160bb38079','[예시] 나주배 수출 선적식 참석','2024-05-22T14:00','2024-05-22T15:30',0,'나주배원예농협','행사','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-27@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.149Z',0,'2026-11-26T10:35:06.149Z','demo');
INSERT INTO schedule_event VALUES('c390e246-13b1-4b7c-9ddc-33cf5845440e','[예시] 혁신도시 공공기관장 간담회','2024-05-25','2024-05-26',1,'빛가람혁신도시 공동혁신센터','간담회','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-28@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.149Z',0,'2026-11-26T10:35:06.149Z','demo');
INSERT INTO schedule_event VALUES('09b486dd-c316-44f1-a6d3-526325e8dd19','[예시] 시민 직소상담실 운영','2024-05-27T13:00','2024-05-27T14:30',0,'시장실','시민소통','public','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-29@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.206Z',0,'2026-11-26T10:35:06.206Z','demo');
INSERT INTO schedule_event VALUES('a1de61c2-55d8-4eac-88ec-d63d98651ae1','[예시] 주간 업무보고','2024-05-30T11:00','2024-05-30T12:30',0,'시청 대회의실','회의','internal','done','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-30@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.207Z',0,'2026-11-26T10:35:06.207Z','demo');
INSERT INTO schedule_event VALUES('ee7d0a7a-4557-4bc0-ab1d-98836f5fa2d8','[예시] 영산강 정원 조성사업 현장 점검','2024-06-02T15:00','2024-06-02T16:30',0,'영산강 둔치','현장점검','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-31@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.207Z',0,'2026-11-26T10:35:06.207Z','demo');
INSERT INTO schedule_event VALUES('1af5944e-0835-4e80-b5f2-61d61a44cb2a','[예시] 나주읍성 문화행사 참석','2024-06-05T14:00','2024-06-05T15:30',0,'나주읍성 남고문','행사','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-32@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.208Z',0,'2026-11-26T10:35:06.208Z','demo');
INSERT INTO schedule_event VALUES('5cebe216-1a77-4627-b26b-6940fcb21bc2','[예시] 국비 확보 관련 중앙부처 방문','2024-06-08T15:00','2024-06-08T16:30',0,'정부세종청사','대외협력','internal','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-33@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.208Z',0,'2026-11-26T10:35:06.208Z','demo');
INSERT INTO schedule_event VALUES('1d51f496-338e-49cc-ae76-625483a20445','[예시] 농업인 단체 간담회','2024-06-12T11:00','2024-06-12T12:30',0,'농업기술센터','간담회','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-34@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.209Z',0,'2026-11-26T10:35:06.209Z','demo');
INSERT INTO schedule_event VALUES('48561ee8-2015-4b1f-be96-bf990b6781ee','[예시] 청년 창업가 현장 방문','2024-06-14T15:00','2024-06-14T16:30',0,'나주 청년창업지원센터','현장점검','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-35@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.209Z',0,'2026-11-26T10:35:06.209Z','demo');
INSERT INTO schedule_event VALUES('bc9775d6-c1f2-4fcb-9379-5f64cb9373ec','[예시] 공약이행평가단 회의','2024-06-17T14:00','2024-06-17T15:30',0,'시청 소회의실','회의','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-36@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.209Z',0,'2026-11-26T10:35:06.209Z','demo');
INSERT INTO schedule_event VALUES('0b6ff968-f3fe-4062-86c9-18541226d1e5','[예시] 간부회의 주재','2024-06-21T10:00','2024-06-21T11:30',0,'시청 중회의실','회의','internal','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-37@openmayor.naju.example',0,'approved',NULL,'총무과','2026-11-26T10:35:06.258Z',0,'2026-11-26T10:35:06.258Z','demo');
INSERT INTO schedule_event VALUES('e55c3b05-694b-403d-8329-e0df079c6d4f','[예시] 읍면동 순방 - 시민과의 대화','2024-06-24T13:00','2024-06-24T14:30',0,'빛가람동 행정복지센터','시민소통','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-38@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.259Z',0,'2026-11-26T10:35:06.259Z','demo');
INSERT INTO schedule_event VALUES('8d9d755a-56f3-42e6-8561-5e05736f3df4','[예시] 나주배 수출 선적식 참석','2024-06-27','2024-06-28',1,'나주배원예농협','행사','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-39@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.259Z',0,'2026-11-26T10:35:06.259Z','demo');
INSERT INTO schedule_event VALUES('acf10e7c-7019-4159-882f-c3853207d836','[예시] 혁신도시 공공기관장 간담회','2024-06-30T09:00','2024-06-30T10:30',0,'빛가람혁신도시 공동혁신센터','간담회','public','planned','예시 일정입니다. 실제 시장 일정이 아닙니다.','demo-40@openmayor.naju.example',0,'published',NULL,'총무과','2026-11-26T10:35:06.260Z',0,'2026-11-26T10:35:06.260Z','demo');
CREATE TABLE activity (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    title          TEXT NOT NULL,
    activity_date  TEXT NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    body_html      TEXT NOT NULL DEFAULT '',
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
INSERT INTO activity VALUES('4aa7dc12-efbd-4ff3-9a53-bdb1501bb96a','[예시] 영산강 정원 조성 현장 점검','2024-03-24','영산강 둔치','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「영산강 정원 조성 현장 점검」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 1차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.409Z',0,'2026-11-26T10:35:06.409Z','demo');
INSERT INTO activity VALUES('914c92e1-b09e-4236-85a2-df80276c8e41','[예시] 나주배 과수원 개화기 현장 방문','2024-04-07','금천면 배 과수원','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주배 과수원 개화기 현장 방문」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 2차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.471Z',0,'2026-11-26T10:35:06.471Z','demo');
INSERT INTO activity VALUES('0ad59b5f-d320-42ad-8e3a-6c072ee65553','[예시] 빛가람동 시민과의 대화','2024-04-21','빛가람동 행정복지센터','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「빛가람동 시민과의 대화」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 3차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.496Z',0,'2026-11-26T10:35:06.496Z','demo');
INSERT INTO activity VALUES('7beb0b2f-08b8-408c-bcc6-6dc1930df590','[예시] 여름철 폭염 대비 무더위쉼터 점검','2024-05-05','송월동 경로당','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「여름철 폭염 대비 무더위쉼터 점검」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 4차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.547Z',0,'2026-11-26T10:35:06.547Z','demo');
INSERT INTO activity VALUES('89b316a9-ea27-4b1d-b2ed-681efdd8e1ba','[예시] 청년 창업공간 현장 방문','2024-05-19','나주 청년창업지원센터','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「청년 창업공간 현장 방문」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 5차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.549Z',0,'2026-11-26T10:35:06.549Z','demo');
INSERT INTO activity VALUES('eef09344-36c7-4d1c-a918-22d314188446','[예시] 나주읍성 문화행사 현장','2024-06-02','나주읍성 남고문','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주읍성 문화행사 현장」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 6차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.607Z',0,'2026-11-26T10:35:06.607Z','demo');
CREATE TABLE activity_photo (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    activity_id TEXT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    media_id    TEXT NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL DEFAULT 0,
    caption     TEXT NOT NULL DEFAULT '',
    alt_text    TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
INSERT INTO activity_photo VALUES('31ea57b0-6f27-468a-8a5d-c2cda864bd34','4aa7dc12-efbd-4ff3-9a53-bdb1501bb96a','7ed6524e-5bd8-4599-8293-2ca4874c626e',0,'영산강 정원 조성 현장 점검 (예시 사진 1)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.409Z','');
INSERT INTO activity_photo VALUES('c1eb8111-f7f5-486f-9929-e36aa706abfd','4aa7dc12-efbd-4ff3-9a53-bdb1501bb96a','1a74b744-9b53-432e-ae5d-3cb084819d02',1,'영산강 정원 조성 현장 점검 (예시 사진 2)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.471Z','');
INSERT INTO activity_photo VALUES('2ec5db74-7dc8-4e86-a1d2-a6a99e1b0027','914c92e1-b09e-4236-85a2-df80276c8e41','94997daf-4172-4949-a0e6-4fb4c9117f48',0,'나주배 과수원 개화기 현장 방문 (예시 사진 1)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.494Z','');
INSERT INTO activity_photo VALUES('87b0ce86-f923-4dc3-af57-7d0017ea57b3','914c92e1-b09e-4236-85a2-df80276c8e41','1556141b-0278-433f-b04d-b3861eba7247',1,'나주배 과수원 개화기 현장 방문 (예시 사진 2)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.495Z','');
INSERT INTO activity_photo VALUES('36ed71fb-48bf-484a-8158-ce10f011a1cc','0ad59b5f-d320-42ad-8e3a-6c072ee65553','ebae9f15-019e-400f-bb58-5089dca21790',0,'빛가람동 시민과의 대화 (예시 사진 1)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.497Z','');
INSERT INTO activity_photo VALUES('1d6c96d9-f898-4703-ac81-47c3404b1b00','0ad59b5f-d320-42ad-8e3a-6c072ee65553','32dad4fd-08f9-45aa-90d2-80819a48ed5e',1,'빛가람동 시민과의 대화 (예시 사진 2)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.498Z','');
INSERT INTO activity_photo VALUES('f8911298-61e8-4756-9231-83f266a8d05b','7beb0b2f-08b8-408c-bcc6-6dc1930df590','1e06d71e-7c5e-4a85-83e0-8009dc249f38',0,'여름철 폭염 대비 무더위쉼터 점검 (예시 사진 1)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.547Z','');
INSERT INTO activity_photo VALUES('05b79ab3-2f1b-4b91-85ba-6f47c778cbae','7beb0b2f-08b8-408c-bcc6-6dc1930df590','d3470bb4-af27-4dfd-b942-e016e976695a',1,'여름철 폭염 대비 무더위쉼터 점검 (예시 사진 2)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.548Z','');
INSERT INTO activity_photo VALUES('467a9137-b490-4111-8a53-23a20f4f9da5','89b316a9-ea27-4b1d-b2ed-681efdd8e1ba','ca93d77f-8493-4596-861d-0a4c063789a8',0,'청년 창업공간 현장 방문 (예시 사진 1)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.549Z','');
INSERT INTO activity_photo VALUES('516ced52-b004-4011-88ed-12a70483dc09','89b316a9-ea27-4b1d-b2ed-681efdd8e1ba','4b84b0ea-f13e-47c1-8b64-734800bb6044',1,'청년 창업공간 현장 방문 (예시 사진 2)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.606Z','');
INSERT INTO activity_photo VALUES('ea97fc91-479f-4690-8686-8964844e2d53','eef09344-36c7-4d1c-a918-22d314188446','40aa7243-5e57-4059-b82c-22f5812a3eef',0,'나주읍성 문화행사 현장 (예시 사진 1)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.608Z','');
INSERT INTO activity_photo VALUES('ca00dd7c-c376-4a2b-b46a-0f4ca46303a7','eef09344-36c7-4d1c-a918-22d314188446','240f367a-ad11-409a-ad0f-8f947244e911',1,'나주읍성 문화행사 현장 (예시 사진 2)','예시 사진: 들판과 언덕 풍경 그림',0,'2026-11-26T10:35:06.608Z','');
CREATE TABLE press_release (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    release_no     TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL,
    subtitle       TEXT NOT NULL DEFAULT '',
    manager        TEXT NOT NULL DEFAULT '',
    manager_phone  TEXT NOT NULL DEFAULT '',
    officer        TEXT NOT NULL DEFAULT '',
    officer_phone  TEXT NOT NULL DEFAULT '',
    distributed_at TEXT,
    embargo_until  TEXT,
    body_html      TEXT NOT NULL DEFAULT '',
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
INSERT INTO press_release VALUES('154b0b24-02c2-453b-9d44-02c5af15838d','2024-001','[예시] 나주시, 2024년 1분기 공약 이행 현황 공개','「365일 열린시장실」 누리집에서 누구나 확인','홍보기획팀장 오해준','061-339-8261','이신재','061-339-8265','2024-03-14T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 2024년 1분기 공약 이행 현황 공개」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 1차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'정책홍보실','2026-11-26T10:35:06.260Z',0,'2026-11-26T10:35:06.260Z','demo');
INSERT INTO press_release VALUES('097edb55-f1ae-4e6c-9d5c-f31cd1f16d08','2024-002','[예시] 나주시, 시민 직소상담실 메뉴 신설','시장에게 직접 제안하는 온라인 창구 운영','홍보기획팀장 오해준','061-339-8261','김기훈','061-339-8267','2024-03-23T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 시민 직소상담실 메뉴 신설」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 2차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'정책홍보실','2026-11-26T10:35:06.261Z',0,'2026-11-26T10:35:06.261Z','demo');
INSERT INTO press_release VALUES('bb2a5bab-96ec-4f60-b7a5-f283b2096588','2024-003','[예시] 나주시, 영산강 정원 시민 의견 수렴','설명회 및 온라인 설문 병행','홍보기획팀장 오해준','061-339-8261','최지인','061-339-8263','2024-04-01T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 영산강 정원 시민 의견 수렴」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 3차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'정원산업과','2026-11-26T10:35:06.261Z',0,'2026-11-26T10:35:06.261Z','demo');
INSERT INTO press_release VALUES('bdee46e9-2850-42a8-a7b9-8b29cf71e1c9','2024-004','[예시] 나주시, 여름철 폭염 대비 무더위쉼터 운영','경로당·행정복지센터 등 지정','홍보기획팀장 오해준','061-339-8261','이신재','061-339-8265','2024-04-10T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 여름철 폭염 대비 무더위쉼터 운영」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 4차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'안전총괄과','2026-11-26T10:35:06.262Z',0,'2026-11-26T10:35:06.262Z','demo');
INSERT INTO press_release VALUES('6e115a3a-da35-4910-9648-cca333b7d337','2024-005','[예시] 나주배, 동남아 수출길 넓힌다','수출 선적식 개최','홍보기획팀장 오해준','061-339-8261','김기훈','061-339-8267','2024-04-19T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주배, 동남아 수출길 넓힌다」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 5차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'농식품유통과','2026-11-26T10:35:06.311Z',0,'2026-11-26T10:35:06.311Z','demo');
INSERT INTO press_release VALUES('ff8dbaaf-b50a-47ec-a9b7-549f903d7245','2024-006','[예시] 나주시, 청년 창업 지원사업 참여자 모집','창업공간·멘토링 지원','홍보기획팀장 오해준','061-339-8261','최지인','061-339-8263','2024-04-28T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 청년 창업 지원사업 참여자 모집」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 6차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'일자리경제과','2026-11-26T10:35:06.311Z',0,'2026-11-26T10:35:06.311Z','demo');
INSERT INTO press_release VALUES('abbd394f-b874-49b1-a06b-c81027487607','2024-007','[예시] 나주시, 공약이행평가단 자문회의 결과 반영','세부 추진계획 일부 조정','홍보기획팀장 오해준','061-339-8261','이신재','061-339-8265','2024-05-07T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 공약이행평가단 자문회의 결과 반영」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 7차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'정책홍보실','2026-11-26T10:35:06.312Z',0,'2026-11-26T10:35:06.312Z','demo');
INSERT INTO press_release VALUES('10302e7c-4ca2-4fb2-b16b-da66323f755d','2024-008','[예시] 나주읍성 야간 문화행사 개최','주말 저녁 전통공연과 체험 프로그램','홍보기획팀장 오해준','061-339-8261','김기훈','061-339-8267','2024-05-16T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주읍성 야간 문화행사 개최」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 8차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'문화예술과','2026-11-26T10:35:06.312Z',0,'2026-11-26T10:35:06.312Z','demo');
INSERT INTO press_release VALUES('3342efe2-a593-4b07-97e5-32c22cbd4886','2024-009','[예시] 나주시, 어르신 스마트폰 교실 운영','읍면동 순회 교육','홍보기획팀장 오해준','061-339-8261','최지인','061-339-8263','2024-05-25T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 어르신 스마트폰 교실 운영」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 9차 후속 조치를 차질 없이 추진하겠습니다.</p>','published',NULL,'노인장애인과','2026-11-26T10:35:06.313Z',0,'2026-11-26T10:35:06.313Z','demo');
INSERT INTO press_release VALUES('b9cddb81-f68a-4278-8754-819cae864632','2024-010','[예시] 나주시, 열린시장실 반응형 누리집으로 개편','PC·태블릿·스마트폰 어디서나 편리하게','홍보기획팀장 오해준','061-339-8261','이신재','061-339-8265','2024-06-03T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 열린시장실 반응형 누리집으로 개편」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 10차 후속 조치를 차질 없이 추진하겠습니다.</p>','review',NULL,'정책홍보실','2026-11-26T10:35:06.366Z',0,'2026-11-26T10:35:06.366Z','demo');
INSERT INTO press_release VALUES('ad36b398-e4b8-4169-beb2-c19b140b0977','2024-011','[예시] 나주시, 여름방학 어린이 도서관 프로그램 운영','독서교실·체험활동','홍보기획팀장 오해준','061-339-8261','김기훈','061-339-8267','2024-06-12T09:00',NULL,'<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 여름방학 어린이 도서관 프로그램 운영」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 11차 후속 조치를 차질 없이 추진하겠습니다.</p>','draft',NULL,'도서관과','2026-11-26T10:35:06.367Z',0,'2026-11-26T10:35:06.367Z','demo');
INSERT INTO press_release VALUES('0ea97abf-7ba9-4251-b6a4-221dd782db91','2024-012','[예시] 나주시, 시민 안전보험 보장 확대','자연재해·대중교통 사고 보장','홍보기획팀장 오해준','061-339-8261','최지인','061-339-8263','2024-06-21T09:00','2024-06-23T09:00','<p>이 글은 열린시장실 스튜디오의 예시 자료입니다. 실제 보도나 일정이 아닙니다.</p><p>「나주시, 시민 안전보험 보장 확대」에 관하여 나주시는 시민 여러분의 의견을 듣고, 관계 부서와 함께 세부 계획을 마련하고 있습니다.</p><p>앞으로도 시민 중심의 열린 시정을 위해 12차 후속 조치를 차질 없이 추진하겠습니다.</p>','draft',NULL,'안전총괄과','2026-11-26T10:35:06.367Z',0,'2026-11-26T10:35:06.367Z','demo');
CREATE TABLE press_attachment (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    press_release_id TEXT NOT NULL REFERENCES press_release (id) ON DELETE CASCADE,
    media_id         TEXT NOT NULL REFERENCES media (id) ON DELETE RESTRICT,
    kind             TEXT NOT NULL DEFAULT 'attachment' CHECK (kind IN ('attachment', 'photo')),
    position         INTEGER NOT NULL DEFAULT 0,
    caption          TEXT NOT NULL DEFAULT '',
    alt_text         TEXT NOT NULL DEFAULT '',
    row_version      INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sns_link (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    platform       TEXT NOT NULL CHECK (platform IN ('facebook', 'instagram', 'youtube', 'blog', 'x', 'other')),
    url            TEXT NOT NULL CHECK (url LIKE 'https://%' OR url LIKE 'http://%'),
    label          TEXT NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0,
    workflow_state TEXT NOT NULL DEFAULT 'draft' CHECK (workflow_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    publish_at     TEXT,
    department     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    row_version    INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT NOT NULL DEFAULT ''
);
INSERT INTO sns_link VALUES('82c88cab-c2a0-4e4a-8913-e339e0c027ae','facebook','https://www.facebook.com/naju.example','나주시 페이스북 (예시 주소)',0,'published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.609Z',0,'2026-11-26T10:35:06.609Z','demo');
INSERT INTO sns_link VALUES('6a4f53ce-4256-4741-aca4-77ac9682cade','instagram','https://www.instagram.com/naju.example','나주시 인스타그램 (예시 주소)',1,'published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.609Z',0,'2026-11-26T10:35:06.609Z','demo');
INSERT INTO sns_link VALUES('687fa0f6-d409-45e8-b1fa-50dc7ab977e3','youtube','https://www.youtube.com/@naju.example','나주시 유튜브 (예시 주소)',2,'published',NULL,'뉴미디어홍보팀','2026-11-26T10:35:06.662Z',0,'2026-11-26T10:35:06.662Z','demo');
CREATE TABLE workflow_transition (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    item_table  TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL CHECK (to_state IN ('draft', 'review', 'approved', 'published', 'withdrawn')),
    moved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    moved_by    TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE content_revision (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    item_table  TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    revision_no INTEGER NOT NULL CHECK (revision_no >= 1),
    data        TEXT NOT NULL, -- JSON object of the item's fields
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by  TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT NOT NULL DEFAULT '',
    UNIQUE (item_table, item_id, revision_no)
);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('sync_outbox',137);
CREATE INDEX sync_outbox_row ON sync_outbox (table_name, row_id);
CREATE INDEX pledge_goal_idx ON pledge (goal_id);
CREATE INDEX pledge_task_pledge ON pledge_task (pledge_id, position);
CREATE INDEX pledge_progress_pledge ON pledge_progress (pledge_id, position);
CREATE INDEX pledge_indicator_pledge ON pledge_indicator (pledge_id, position);
CREATE INDEX pledge_department_pledge ON pledge_department (pledge_id, position);
CREATE INDEX pledge_snapshot_pledge ON pledge_snapshot (pledge_id);
CREATE INDEX speech_date ON speech (delivered_on);
CREATE INDEX schedule_event_start ON schedule_event (starts_at);
CREATE INDEX activity_date_idx ON activity (activity_date);
CREATE INDEX activity_photo_activity ON activity_photo (activity_id, position);
CREATE INDEX press_release_distributed ON press_release (distributed_at);
CREATE INDEX press_attachment_release ON press_attachment (press_release_id, position);
CREATE INDEX workflow_transition_item ON workflow_transition (item_table, item_id);
CREATE TRIGGER capture_media_insert AFTER INSERT ON media
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('media', NEW.id, 'insert');
END;
CREATE TRIGGER capture_media_update AFTER UPDATE ON media
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('media', NEW.id, 'update');
END;
CREATE TRIGGER capture_media_delete AFTER DELETE ON media
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('media', OLD.id, 'delete');
END;
CREATE TRIGGER capture_term_insert AFTER INSERT ON term
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('term', NEW.id, 'insert');
END;
CREATE TRIGGER capture_term_update AFTER UPDATE ON term
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('term', NEW.id, 'update');
END;
CREATE TRIGGER capture_term_delete AFTER DELETE ON term
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('term', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_area_insert AFTER INSERT ON pledge_area
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_area', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_area_update AFTER UPDATE ON pledge_area
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_area', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_area_delete AFTER DELETE ON pledge_area
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_area', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_goal_insert AFTER INSERT ON pledge_goal
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_goal', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_goal_update AFTER UPDATE ON pledge_goal
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_goal', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_goal_delete AFTER DELETE ON pledge_goal
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_goal', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_insert AFTER INSERT ON pledge
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_update AFTER UPDATE ON pledge
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_delete AFTER DELETE ON pledge
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_task_insert AFTER INSERT ON pledge_task
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_task', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_task_update AFTER UPDATE ON pledge_task
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_task', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_task_delete AFTER DELETE ON pledge_task
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_task', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_budget_insert AFTER INSERT ON pledge_budget
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_budget_update AFTER UPDATE ON pledge_budget
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_budget_delete AFTER DELETE ON pledge_budget
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_budget_executed_insert AFTER INSERT ON pledge_budget_executed
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget_executed', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_budget_executed_update AFTER UPDATE ON pledge_budget_executed
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget_executed', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_budget_executed_delete AFTER DELETE ON pledge_budget_executed
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_budget_executed', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_progress_insert AFTER INSERT ON pledge_progress
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_progress', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_progress_update AFTER UPDATE ON pledge_progress
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_progress', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_progress_delete AFTER DELETE ON pledge_progress
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_progress', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_indicator_insert AFTER INSERT ON pledge_indicator
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_indicator', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_indicator_update AFTER UPDATE ON pledge_indicator
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_indicator', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_indicator_delete AFTER DELETE ON pledge_indicator
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_indicator', OLD.id, 'delete');
END;
CREATE TRIGGER capture_indicator_value_insert AFTER INSERT ON indicator_value
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('indicator_value', NEW.id, 'insert');
END;
CREATE TRIGGER capture_indicator_value_update AFTER UPDATE ON indicator_value
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('indicator_value', NEW.id, 'update');
END;
CREATE TRIGGER capture_indicator_value_delete AFTER DELETE ON indicator_value
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('indicator_value', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_department_insert AFTER INSERT ON pledge_department
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_department', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_department_update AFTER UPDATE ON pledge_department
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_department', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_department_delete AFTER DELETE ON pledge_department
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_department', OLD.id, 'delete');
END;
CREATE TRIGGER capture_reporting_period_insert AFTER INSERT ON reporting_period
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('reporting_period', NEW.id, 'insert');
END;
CREATE TRIGGER capture_reporting_period_update AFTER UPDATE ON reporting_period
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('reporting_period', NEW.id, 'update');
END;
CREATE TRIGGER capture_reporting_period_delete AFTER DELETE ON reporting_period
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('reporting_period', OLD.id, 'delete');
END;
CREATE TRIGGER capture_pledge_snapshot_insert AFTER INSERT ON pledge_snapshot
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_snapshot', NEW.id, 'insert');
END;
CREATE TRIGGER capture_pledge_snapshot_update AFTER UPDATE ON pledge_snapshot
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_snapshot', NEW.id, 'update');
END;
CREATE TRIGGER capture_pledge_snapshot_delete AFTER DELETE ON pledge_snapshot
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('pledge_snapshot', OLD.id, 'delete');
END;
CREATE TRIGGER capture_page_insert AFTER INSERT ON page
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('page', NEW.id, 'insert');
END;
CREATE TRIGGER capture_page_update AFTER UPDATE ON page
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('page', NEW.id, 'update');
END;
CREATE TRIGGER capture_page_delete AFTER DELETE ON page
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('page', OLD.id, 'delete');
END;
CREATE TRIGGER capture_speech_insert AFTER INSERT ON speech
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('speech', NEW.id, 'insert');
END;
CREATE TRIGGER capture_speech_update AFTER UPDATE ON speech
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('speech', NEW.id, 'update');
END;
CREATE TRIGGER capture_speech_delete AFTER DELETE ON speech
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('speech', OLD.id, 'delete');
END;
CREATE TRIGGER capture_schedule_event_insert AFTER INSERT ON schedule_event
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('schedule_event', NEW.id, 'insert');
END;
CREATE TRIGGER capture_schedule_event_update AFTER UPDATE ON schedule_event
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('schedule_event', NEW.id, 'update');
END;
CREATE TRIGGER capture_schedule_event_delete AFTER DELETE ON schedule_event
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('schedule_event', OLD.id, 'delete');
END;
CREATE TRIGGER capture_activity_insert AFTER INSERT ON activity
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity', NEW.id, 'insert');
END;
CREATE TRIGGER capture_activity_update AFTER UPDATE ON activity
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity', NEW.id, 'update');
END;
CREATE TRIGGER capture_activity_delete AFTER DELETE ON activity
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity', OLD.id, 'delete');
END;
CREATE TRIGGER capture_activity_photo_insert AFTER INSERT ON activity_photo
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity_photo', NEW.id, 'insert');
END;
CREATE TRIGGER capture_activity_photo_update AFTER UPDATE ON activity_photo
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity_photo', NEW.id, 'update');
END;
CREATE TRIGGER capture_activity_photo_delete AFTER DELETE ON activity_photo
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('activity_photo', OLD.id, 'delete');
END;
CREATE TRIGGER capture_press_release_insert AFTER INSERT ON press_release
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_release', NEW.id, 'insert');
END;
CREATE TRIGGER capture_press_release_update AFTER UPDATE ON press_release
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_release', NEW.id, 'update');
END;
CREATE TRIGGER capture_press_release_delete AFTER DELETE ON press_release
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_release', OLD.id, 'delete');
END;
CREATE TRIGGER capture_press_attachment_insert AFTER INSERT ON press_attachment
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_attachment', NEW.id, 'insert');
END;
CREATE TRIGGER capture_press_attachment_update AFTER UPDATE ON press_attachment
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_attachment', NEW.id, 'update');
END;
CREATE TRIGGER capture_press_attachment_delete AFTER DELETE ON press_attachment
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('press_attachment', OLD.id, 'delete');
END;
CREATE TRIGGER capture_sns_link_insert AFTER INSERT ON sns_link
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('sns_link', NEW.id, 'insert');
END;
CREATE TRIGGER capture_sns_link_update AFTER UPDATE ON sns_link
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('sns_link', NEW.id, 'update');
END;
CREATE TRIGGER capture_sns_link_delete AFTER DELETE ON sns_link
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('sns_link', OLD.id, 'delete');
END;
CREATE TRIGGER capture_workflow_transition_insert AFTER INSERT ON workflow_transition
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('workflow_transition', NEW.id, 'insert');
END;
CREATE TRIGGER capture_workflow_transition_update AFTER UPDATE ON workflow_transition
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('workflow_transition', NEW.id, 'update');
END;
CREATE TRIGGER capture_workflow_transition_delete AFTER DELETE ON workflow_transition
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('workflow_transition', OLD.id, 'delete');
END;
CREATE TRIGGER capture_content_revision_insert AFTER INSERT ON content_revision
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('content_revision', NEW.id, 'insert');
END;
CREATE TRIGGER capture_content_revision_update AFTER UPDATE ON content_revision
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('content_revision', NEW.id, 'update');
END;
CREATE TRIGGER capture_content_revision_delete AFTER DELETE ON content_revision
WHEN (SELECT value FROM sync_state WHERE key = 'applying_remote') <> '1'
BEGIN
    INSERT INTO sync_outbox (table_name, row_id, op) VALUES ('content_revision', OLD.id, 'delete');
END;
COMMIT;
