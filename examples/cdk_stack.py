from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as _lambda
from constructs import Construct


class ThumbnailStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        _lambda.Function(
            self,
            "Thumbnail",
            runtime=_lambda.Runtime.PYTHON_3_9,
            handler="thumbnail.handler",
            code=_lambda.Code.from_asset("src"),
            timeout=Duration.seconds(30),
            memory_size=12288,
            snap_start=_lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
        )
