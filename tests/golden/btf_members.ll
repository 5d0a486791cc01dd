; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.cred = type { i64, i64 }
%struct.anon.29 = type { i64 }
%struct.task_struct = type { i64, i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_ = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !55
@"llvm.cred:0:20$0:1:0" = external global i64, !llvm.preserve.access.index !73 #0
@"llvm.task_struct:0:152$0:2" = external global i64, !llvm.preserve.access.index !81 #0
@"llvm.task_struct:0:80$0:1" = external global i64, !llvm.preserve.access.index !81 #0
@"llvm.task_struct:0:72$0:0" = external global i64, !llvm.preserve.access.index !81 #0
@"llvm.cred:0:4$0:0:0" = external global i64, !llvm.preserve.access.index !73 #0

; Function Attrs: nounwind
define i32 @tp0_cap_capable(i8* %ctx) #1 section "tracepoint/capability/cap_capable" !dbg !91 {
entry:
  %tmp3 = alloca [1 x i64], align 8, !dbg !96
  %tmp2 = alloca [1 x i64], align 8, !dbg !96
  %tmp1 = alloca [3 x i64], align 8, !dbg !96
  %tmp = alloca [1 x i64], align 8, !dbg !96
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !95, metadata !DIExpression()), !dbg !96
  %zero = alloca i32, align 4, !dbg !97
  store i32 0, i32* %zero, align 4, !dbg !97
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !97
  %1 = icmp eq i64 %0, 0, !dbg !97
  br i1 %1, label %pid.match, label %pid.filter, !dbg !97

return:                                           ; preds = %rec.lost, %stat.inc4, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !97

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !97
  %3 = lshr i64 %2, 32, !dbg !97
  %4 = icmp eq i64 %3, %0, !dbg !97
  br i1 %4, label %pid.match, label %return, !dbg !97

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 8, !dbg !98
  %6 = bitcast i8* %5 to i64*, !dbg !98
  %7 = load i64, i64* %6, align 8, !dbg !98
  %8 = inttoptr i64 %7 to i8*, !dbg !98
  %9 = load i64, i64* @"llvm.cred:0:20$0:1:0", align 8
  %10 = getelementptr i8, i8* %8, i64 %9
  %11 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 0, i8* %10)
  %12 = bitcast [1 x i64]* %tmp to i8*, !dbg !98
  %13 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !98
  store i64 0, i64* %13, align 8, !dbg !98
  %14 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %12, i32 4, i8* %11) #1, !dbg !98
  %15 = bitcast [1 x i64]* %tmp to i32*, !dbg !98
  %16 = load i32, i32* %15, align 8, !dbg !98
  %17 = icmp eq i32 %16, 0, !dbg !98
  br i1 %17, label %pred.true, label %return, !dbg !98

pred.true:                                        ; preds = %pid.match
  %18 = bitcast [3 x i64]* %tmp1 to i8*, !dbg !99
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(24) %18, i8 0, i64 24, i1 false), !dbg !99
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !99
  %20 = inttoptr i64 %19 to i8*, !dbg !99
  %21 = load i64, i64* @"llvm.task_struct:0:152$0:2", align 8
  %22 = getelementptr i8, i8* %20, i64 %21
  %23 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 1, i8* %22)
  %24 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* nonnull %18, i32 16, i8* %23) #1, !dbg !99
  %25 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !99
  %26 = inttoptr i64 %25 to i8*, !dbg !99
  %27 = load i64, i64* @"llvm.task_struct:0:80$0:1", align 8
  %28 = getelementptr i8, i8* %26, i64 %27
  %29 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 2, i8* %28)
  %30 = bitcast [1 x i64]* %tmp2 to i8*, !dbg !99
  %31 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp2, i64 0, i64 0, !dbg !99
  store i64 0, i64* %31, align 8, !dbg !99
  %32 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %30, i32 8, i8* %29) #1, !dbg !99
  %33 = load i64, i64* %31, align 8, !dbg !99
  %34 = inttoptr i64 %33 to i8*, !dbg !99
  %35 = load i64, i64* @"llvm.task_struct:0:72$0:0", align 8
  %36 = getelementptr i8, i8* %34, i64 %35
  %37 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 3, i8* %36)
  %38 = bitcast [1 x i64]* %tmp3 to i8*, !dbg !99
  %39 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp3, i64 0, i64 0, !dbg !99
  store i64 0, i64* %39, align 8, !dbg !99
  %40 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %38, i32 4, i8* %37) #1, !dbg !99
  %41 = bitcast [1 x i64]* %tmp3 to i32*, !dbg !99
  %42 = load i32, i32* %41, align 8, !dbg !99
  %43 = sext i32 %42 to i64, !dbg !99
  %44 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 2, !dbg !99
  store i64 %43, i64* %44, align 8, !dbg !99
  %45 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18) #1, !dbg !99
  %.not = icmp eq i8* %45, null, !dbg !99
  br i1 %.not, label %agg.init, label %agg.have, !dbg !99

agg.done:                                         ; preds = %agg.full, %stat.inc, %agg.have
  %46 = load i64, i64* %6, align 8, !dbg !100
  %47 = inttoptr i64 %46 to i8*, !dbg !100
  %48 = load i64, i64* @"llvm.cred:0:4$0:0:0", align 8
  %49 = getelementptr i8, i8* %47, i64 %48
  %50 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 4, i8* %49)
  %51 = getelementptr inbounds [3 x i64], [3 x i64]* %tmp1, i64 0, i64 0, !dbg !100
  store i64 0, i64* %51, align 8, !dbg !100
  %52 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %18, i32 4, i8* %50) #1, !dbg !100
  %53 = bitcast [3 x i64]* %tmp1 to i32*, !dbg !100
  %54 = load i32, i32* %53, align 8, !dbg !100
  %55 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #1, !dbg !100
  %.not8 = icmp eq i8* %55, null, !dbg !100
  br i1 %.not8, label %rec.lost, label %rec.fill, !dbg !100

agg.have:                                         ; preds = %agg.init, %pred.true
  %agg = phi i8* [ %45, %pred.true ], [ %60, %agg.init ], !dbg !99
  %56 = bitcast i8* %agg to i64*, !dbg !99
  %57 = load i64, i64* %56, align 8, !dbg !99
  %58 = add i64 %57, 1, !dbg !99
  store i64 %58, i64* %56, align 8, !dbg !99
  br label %agg.done, !dbg !99

agg.init:                                         ; preds = %pred.true
  %59 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18, i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 40), i64 1) #1, !dbg !99
  %60 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_ to i8*), i8* nonnull %18) #1, !dbg !99
  %.not6 = icmp eq i8* %60, null, !dbg !99
  br i1 %.not6, label %agg.full, label %agg.have, !dbg !99

agg.full:                                         ; preds = %agg.init
  %61 = bitcast i32* %zero to i8*, !dbg !99
  %62 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %61) #1, !dbg !99
  %.not7 = icmp eq i8* %62, null, !dbg !99
  br i1 %.not7, label %agg.done, label %stat.inc, !dbg !99

stat.inc:                                         ; preds = %agg.full
  %63 = getelementptr i8, i8* %62, i64 8, !dbg !99
  %64 = bitcast i8* %63 to i64*, !dbg !99
  %65 = load i64, i64* %64, align 8, !dbg !99
  %66 = add i64 %65, 1, !dbg !99
  store i64 %66, i64* %64, align 8, !dbg !99
  br label %agg.done, !dbg !99

rec.fill:                                         ; preds = %agg.done
  %67 = zext i32 %54 to i64, !dbg !100
  %68 = bitcast i8* %55 to i64*, !dbg !100
  store i64 1, i64* %68, align 8, !dbg !100
  %69 = getelementptr i8, i8* %55, i64 8, !dbg !100
  %70 = bitcast i8* %69 to i64*, !dbg !100
  store i64 %67, i64* %70, align 8, !dbg !100
  %71 = getelementptr i8, i8* %55, i64 16, !dbg !100
  %72 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !100
  %73 = inttoptr i64 %72 to i8*, !dbg !100
  %74 = load i64, i64* @"llvm.task_struct:0:152$0:2", align 8
  %75 = getelementptr i8, i8* %73, i64 %74
  %76 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 5, i8* %75)
  %77 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %71, i32 16, i8* %76) #1, !dbg !100
  %78 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !100
  %79 = icmp ugt i64 %78, 65536, !dbg !100
  %80 = select i1 %79, i64 2, i64 1, !dbg !100
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %55, i64 %80) #1, !dbg !100
  br label %return, !dbg !100

rec.lost:                                         ; preds = %agg.done
  %81 = bitcast i32* %zero to i8*, !dbg !100
  %82 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %81) #1, !dbg !100
  %.not9 = icmp eq i8* %82, null, !dbg !100
  br i1 %.not9, label %return, label %stat.inc4, !dbg !100

stat.inc4:                                        ; preds = %rec.lost
  %83 = bitcast i8* %82 to i64*, !dbg !100
  %84 = load i64, i64* %83, align 8, !dbg !100
  %85 = add i64 %84, 1, !dbg !100
  store i64 %85, i64* %83, align 8, !dbg !100
  br label %return, !dbg !100
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.creds(%struct.cred*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.anon.29s(%struct.anon.29*, i32 immarg, i32 immarg) #3

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #5

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
attributes #5 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!89, !90}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !61, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_members.tp", directory: ".")
!4 = !{!0, !5, !28, !55}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 2, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_", linkageName: "m_", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!32, !37, !42, !53}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !33, size: 64, align: 64)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 160, align: 32, elements: !35)
!35 = !{!36}
!36 = !DISubrange(count: 5, lowerBound: 0)
!37 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 64)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 4096, lowerBound: 0)
!42 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !43, size: 64, align: 64, offset: 128)
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !44, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 192, align: 64, elements: !45)
!45 = !{!46, !51}
!46 = !DIDerivedType(tag: DW_TAG_member, name: "k0", scope: !3, file: !3, baseType: !47, size: 128, align: 8)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 128, align: 8, elements: !49)
!48 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!49 = !{!50}
!50 = !DISubrange(count: 16, lowerBound: 0)
!51 = !DIDerivedType(tag: DW_TAG_member, name: "k1", scope: !3, file: !3, baseType: !52, size: 64, align: 8, offset: 128)
!52 = !DIBasicType(name: "long long", size: 64, encoding: DW_ATE_signed)
!53 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !54, size: 64, align: 64, offset: 192)
!54 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!55 = !DIGlobalVariableExpression(var: !56, expr: !DIExpression())
!56 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !57, isLocal: false, isDefinition: true, align: 64)
!57 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !58)
!58 = !DICompositeType(tag: DW_TAG_array_type, baseType: !48, size: 384, align: 8, elements: !59)
!59 = !{!60}
!60 = !DISubrange(count: 48, lowerBound: 0)
!61 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !62)
!62 = !{!63, !68}
!63 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !64, size: 64, align: 64)
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !65, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !66)
!66 = !{!67}
!67 = !DISubrange(count: 27, lowerBound: 0)
!68 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !69, size: 64, align: 64, offset: 64)
!69 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !70, size: 64, align: 64, dwarfAddressSpace: 0)
!70 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !71)
!71 = !{!72}
!72 = !DISubrange(count: 262144, lowerBound: 0)
!73 = !DICompositeType(tag: DW_TAG_structure_type, name: "cred", scope: !3, file: !3, size: 320, elements: !74)
!74 = !{!75, !80}
!75 = !DIDerivedType(tag: DW_TAG_member, name: "uid", scope: !3, file: !3, baseType: !76, size: 32, offset: 32)
!76 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 32, elements: !77)
!77 = !{!78}
!78 = !DIDerivedType(tag: DW_TAG_member, name: "val", scope: !3, file: !3, baseType: !79, size: 32)
!79 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!80 = !DIDerivedType(tag: DW_TAG_member, name: "euid", scope: !3, file: !3, baseType: !76, size: 32, offset: 160)
!81 = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !3, file: !3, size: 1728, elements: !82)
!82 = !{!83, !84, !86}
!83 = !DIDerivedType(tag: DW_TAG_member, name: "tgid", scope: !3, file: !3, baseType: !12, size: 32, offset: 576)
!84 = !DIDerivedType(tag: DW_TAG_member, name: "real_parent", scope: !3, file: !3, baseType: !85, size: 64, offset: 640)
!85 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!86 = !DIDerivedType(tag: DW_TAG_member, name: "comm", scope: !3, file: !3, baseType: !87, size: 128, offset: 1216)
!87 = !DICompositeType(tag: DW_TAG_array_type, baseType: !88, size: 128, elements: !49)
!88 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed)
!89 = !{i32 2, !"Debug Info Version", i32 3}
!90 = !{i32 2, !"Dwarf Version", i32 4}
!91 = distinct !DISubprogram(name: "tp0_cap_capable", linkageName: "tp0_cap_capable", scope: !3, file: !3, line: 5, type: !92, scopeLine: 5, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !94)
!92 = !DISubroutineType(types: !93)
!93 = !{!12, !85}
!94 = !{!95}
!95 = !DILocalVariable(name: "ctx", arg: 1, scope: !91, file: !3, line: 5, type: !85)
!96 = !DILocation(line: 5, scope: !91)
!97 = !DILocation(line: 5, column: 1, scope: !91)
!98 = !DILocation(line: 5, column: 27, scope: !91)
!99 = !DILocation(line: 6, column: 2, scope: !91)
!100 = !DILocation(line: 7, column: 2, scope: !91)
